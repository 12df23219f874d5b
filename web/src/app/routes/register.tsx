import { Anchor, Paper, Text } from '@mantine/core';
import type { User } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { paths, safeRedirect } from '../../config/paths';
import { useUser } from '../../features/auth/api/get-me';
import { RegisterForm } from '../../features/auth/components/register-form';
import { notify } from '../../lib/notify';

export function RegisterRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const redirectTo = safeRedirect(searchParams.get('redirectTo'));
  const { data: user } = useUser();

  const registered = (newUser: User) => {
    notify(t('auth.welcome', { name: newUser.name }));
    void navigate(redirectTo, { replace: true });
  };

  if (user) return <Navigate to={redirectTo} replace />;

  return (
    <ContentLayout title={t('registerPage.title')} intro={t('registerPage.intro')} width="narrow">
      <Paper withBorder p="xl" radius="md">
        <RegisterForm onSuccess={registered} />
      </Paper>
      <Text>
        {t('registerPage.haveAccount')}{' '}
        <Anchor component={Link} to={paths.auth.login.getHref(redirectTo)} fw={600}>
          {t('registerPage.loginLink')}
        </Anchor>
      </Text>
    </ContentLayout>
  );
}
