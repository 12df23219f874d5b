import { Box, Burger, Container, Drawer, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../../config/paths';
import { useUser } from '../../features/auth/api/get-me';
import { AuthButtons } from '../../features/auth/components/auth-buttons';
import { LanguageSwitch } from './language-switch';
import classes from './layout.module.css';
import { MainNav } from './main-nav';
import { SessionControls } from './session-controls';

const MOBILE_MENU_ID = 'mobile-menu';
/** From this width the main navigation fits in the header on one line (six entries in Danish); below it, the menu button. */
const NAV_BREAKPOINT = 'lg';

export function Header() {
  const { t } = useTranslation();
  const [menuOpened, menu] = useDisclosure(false);
  const { pathname } = useLocation();
  const { data: user } = useUser();
  const closeMenu = menu.close;

  // Following a link in the mobile menu should reveal the page it leads to.
  useEffect(() => closeMenu(), [pathname, closeMenu]);

  return (
    <Box component="header" className={classes.header}>
      <Container size="xl" className={classes.headerInner}>
        <Group gap="xl" wrap="nowrap">
          <Link to={paths.home.getHref()} className={classes.logo}>
            {t('app.name')}
          </Link>
          <Box visibleFrom={NAV_BREAKPOINT}>
            <MainNav />
          </Box>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <LanguageSwitch />
          <SessionControls />
          <Burger
            hiddenFrom={NAV_BREAKPOINT}
            opened={menuOpened}
            onClick={menu.toggle}
            aria-label={t('nav.toggleMenu')}
            aria-expanded={menuOpened}
            aria-controls={MOBILE_MENU_ID}
          />
        </Group>
      </Container>
      <Drawer
        id={MOBILE_MENU_ID}
        opened={menuOpened}
        onClose={menu.close}
        title={t('nav.label')}
        position="right"
        size="xs"
        hiddenFrom={NAV_BREAKPOINT}
        closeButtonProps={{ 'aria-label': t('nav.closeMenu') }}
      >
        <Stack gap="lg">
          <MainNav orientation="vertical" onNavigate={closeMenu} />
          {!user && <AuthButtons orientation="vertical" />}
        </Stack>
      </Drawer>
    </Box>
  );
}
