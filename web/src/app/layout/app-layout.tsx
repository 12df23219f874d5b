import { Box, Container, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration } from 'react-router';
import { MembershipNotice } from '../../features/auth/components/membership-notice';
import { Header } from './header';
import classes from './layout.module.css';
import { useAccountLanguage } from './use-account-language';
import { useFocusMainOnNavigate } from './use-focus-main-on-navigate';

const MAIN_ID = 'main-content';

export function AppLayout() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  useFocusMainOnNavigate(main);
  useAccountLanguage();

  return (
    <div className={classes.shell}>
      <a href={`#${MAIN_ID}`} className="skip-link">
        {t('app.skipToContent')}
      </a>
      <Header />
      <Box component="main" id={MAIN_ID} ref={main} tabIndex={-1} className={classes.main}>
        <Container size="lg">
          <MembershipNotice />
          <Outlet />
        </Container>
      </Box>
      <Box component="footer" className={classes.footer}>
        <Container size="lg">
          <Text inherit>{t('app.footer')}</Text>
        </Container>
      </Box>
      <ScrollRestoration />
    </div>
  );
}
