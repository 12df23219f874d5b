import { Alert, Button, Text } from '@mantine/core';
import type { User } from '@byg360/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { ErrorState, LoadingState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useUser } from '../../features/auth/api/get-me';

/**
 * The contractor's workspace: visitors go to the login page and come back; other roles are told
 * who the pages are for. Administrators may use it too (they may edit any project).
 */
export function RequireContractor({ children }: { children: (user: User) => ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useUser();

  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  const user = me.data;
  if (!user) return <Navigate to={paths.auth.login.getHref(`${location.pathname}${location.search}`)} replace />;
  if (user.role !== 'contractor' && user.role !== 'admin') {
    return (
      <ContentLayout title={t('workspace.forContractors.title')} width="narrow">
        <Alert color="blue" variant="light">
          <Text>{t('workspace.forContractors.body', { role: t(`roles.${user.role}`) })}</Text>
        </Alert>
        <div>
          <Button component={Link} to={paths.home.getHref()} variant="default">
            {t('notFound.back')}
          </Button>
        </div>
      </ContentLayout>
    );
  }
  return children(user);
}
