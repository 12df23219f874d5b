import { Alert, Button, Text } from '@mantine/core';
import type { User } from '@byg360/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { paths } from '../../config/paths';
import { RequireRole } from './require-role';

/**
 * The municipality's pages (reports, planned demolitions): visitors go to the login page and come
 * back; other roles are told who the pages are for. Administrators see every municipality.
 */
export function RequirePlanner({ title, children }: { title: string; children: (user: User) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireRole
      roles={['planner', 'admin']}
      refusal={(user) => (
        <ContentLayout title={title} width="narrow">
          <Alert color="blue" variant="light" title={t('reports.forPlanners.title')}>
            <Text>{t('reports.forPlanners.body', { role: t(`roles.${user.role}`) })}</Text>
          </Alert>
          <div>
            <Button component={Link} to={paths.reports.learningCases.getHref()} variant="default">
              {t('reports.forPlanners.learningCases')}
            </Button>
          </div>
        </ContentLayout>
      )}
    >
      {children}
    </RequireRole>
  );
}
