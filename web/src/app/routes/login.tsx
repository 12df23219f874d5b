import { Anchor, Paper, Text } from '@mantine/core';
import type { User } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { paths, safeRedirect } from '../../config/paths';
import { useUser } from '../../features/auth/api/get-me';
import { LoginForm } from '../../features/auth/components/login-form';
import { notify } from '../../lib/notify';

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const redirectTo = safeRedirect(searchParams.get('redirectTo'));
  const { data: user } = useUser();

  const loggedIn = (loggedInUser: User) => {
    notify(t('auth.welcomeBack', { name: loggedInUser.name }));
    void navigate(redirectTo, { replace: true });
  };

  if (user) return <Navigate to={redirectTo} replace />;

  return (
    <ContentLayout title={t('loginPage.title')} intro={t('loginPage.intro')} width="narrow">
      <Paper withBorder p="xl" radius="md">
        <LoginForm onSuccess={loggedIn} />
      </Paper>
      <Text>
        {t('loginPage.noAccount')}{' '}
        <Anchor component={Link} to={paths.auth.register.getHref(redirectTo)} fw={600}>
          {t('loginPage.registerLink')}
        </Anchor>
      </Text>
    </ContentLayout>
  );
}
