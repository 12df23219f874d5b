import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './i18n';

const locales: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

export interface Formatters {
  /** 1234.5 → "1.234,5" in Danish; decimal strings from the API are accepted as they are. */
  number(value: string | number, options?: { maximumFractionDigits?: number }): string;
  /** DKK with øre only when there are any: "2,50 kr." / "DKK 2.50". */
  dkk(value: string | number): string;
  /** A calendar date "YYYY-MM-DD" (no time zone) → "22. nov. 2026". */
  date(isoDate: string): string;
  /** A moment (ISO date-time) in the visitor's time zone. */
  dateTime(iso: string): string;
  /** 0.4213 → "42 %". */
  percent(fraction: number): string;
}

export function formatters(language: Language): Formatters {
  const locale = locales[language];
  return {
    number: (value, { maximumFractionDigits = 3 } = {}) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits }).format(Number(value)),
    dkk: (value) => {
      const amount = Number(value);
      const whole = Number.isInteger(amount);
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'DKK',
        minimumFractionDigits: whole ? 0 : 2,
        maximumFractionDigits: 2,
      }).format(amount);
    },
    date: (isoDate) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    dateTime: (iso) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    percent: (fraction) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction),
  };
}

/** Formatters for the language the page is shown in. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'da';
  return useMemo(() => formatters(language), [language]);
}
