import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUpdateMe } from '../../features/auth/api/update-me';
import { useUser } from '../../features/auth/api/get-me';
import { changeLanguage, currentLanguage, isLanguage, languages, type Language } from '../../lib/i18n';

/** DA/EN. The choice is kept on this device and, for a logged-in user, on the account (for e-mails). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { data: user } = useUser();
  const updateMe = useUpdateMe();

  const select = (value: string) => {
    if (!isLanguage(value)) return;
    void changeLanguage(value);
    if (user && user.locale !== value) updateMe.mutate({ locale: value });
  };

  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="sm"
      value={isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : currentLanguage()}
      onChange={select}
      data={languages.map((language) => ({ value: language, label: <LanguageLabel language={language} /> }))}
    />
  );
}

/** Shows "DA"/"EN" but is read out as the language's own name, in that language. */
function LanguageLabel({ language }: { language: Language }) {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden>{t(`language.${language}`)}</span>
      <VisuallyHidden lang={language}>{t(`language.${language}Name`)}</VisuallyHidden>
    </>
  );
}
