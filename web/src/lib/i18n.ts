import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './i18n-resources';

export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'da';
const STORAGE_KEY = 'byg360.lang';

export { resources };

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

/** The language the visitor picked on this device, if any; it wins over the account's setting. */
export function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    // Storage can be blocked (private mode, strict settings); then the choice lasts for this page only.
    return null;
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
}

export async function changeLanguage(language: Language, { remember = true } = {}): Promise<void> {
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // See storedLanguage.
    }
  }
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

// The catalogues are bundled, so initialisation is synchronous and the first render is translated.
void i18n.use(initReactI18next).init({
  initAsync: false,
  resources,
  lng: storedLanguage() ?? defaultLanguage,
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  interpolation: { escapeValue: false },
});

export { i18n };
