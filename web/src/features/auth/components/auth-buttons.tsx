import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../../../config/paths';

/** Log in and create-account links that bring the visitor back to the page they were on. */
export function AuthButtons({ orientation = 'horizontal' }: { orientation?: 'horizontal' | 'vertical' }) {
  const { t } = useTranslation();
  const redirectTo = useReturnPath();
  const Wrapper = orientation === 'vertical' ? Stack : Group;
  return (
    <Wrapper gap="xs">
      <Button component={Link} to={paths.auth.login.getHref(redirectTo)} variant="default">
        {t('auth.login')}
      </Button>
      <Button component={Link} to={paths.auth.register.getHref(redirectTo)}>
        {t('auth.register')}
      </Button>
    </Wrapper>
  );
}

function useReturnPath(): string {
  const location = useLocation();
  const onAuthPage = location.pathname === paths.auth.login.path || location.pathname === paths.auth.register.path;
  if (onAuthPage) return new URLSearchParams(location.search).get('redirectTo') ?? paths.home.getHref();
  return `${location.pathname}${location.search}`;
}
