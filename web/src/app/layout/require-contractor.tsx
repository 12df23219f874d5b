import { Alert, Button, Text } from '@mantine/core';
import type { User } from '@byg360/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { paths } from '../../config/paths';
import { RequireRole } from './require-role';

/**
 * The contractor's workspace: visitors go to the login page and come back; other roles are told
 * who the pages are for. Administrators may use it too (they may edit any project).
 */
export function RequireContractor({ children }: { children: (user: User) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireRole
      roles={['contractor', 'admin']}
      refusal={(user) => (
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
      )}
    >
      {children}
    </RequireRole>
  );
}
