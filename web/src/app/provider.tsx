import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { syncSessionWithCache } from '../features/auth/api/get-me';
import { defaultLanguage, i18n, isLanguage } from '../lib/i18n';
import { createQueryClient } from '../lib/react-query';
import { cssVariablesResolver, theme } from '../lib/theme';

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  useEffect(() => syncSessionWithCache(queryClient), [queryClient]);

  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <LocalisedDates>
          <QueryClientProvider client={queryClient}>
            <Notifications position="bottom-right" />
            {children}
          </QueryClientProvider>
        </LocalisedDates>
      </MantineProvider>
    </I18nextProvider>
  );
}

/** Calendars name months and weekdays in the page's language and start the week on Monday, as in Denmark. */
function LocalisedDates({ children }: { children: ReactNode }) {
  const { i18n: current } = useTranslation();
  const locale = isLanguage(current.resolvedLanguage) ? current.resolvedLanguage : defaultLanguage;
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1, weekendDays: [0, 6] }}>{children}</DatesProvider>;
}
