import { useEffect } from 'react';
import { useUser } from '../../features/auth/api/get-me';
import { changeLanguage, currentLanguage, storedLanguage } from '../../lib/i18n';

/** A user who never picked a language on this device gets the one saved on their account. */
export function useAccountLanguage() {
  const { data: user } = useUser();
  const locale = user?.locale;
  useEffect(() => {
    if (locale && !storedLanguage() && locale !== currentLanguage()) {
      void changeLanguage(locale, { remember: false });
    }
  }, [locale]);
}
