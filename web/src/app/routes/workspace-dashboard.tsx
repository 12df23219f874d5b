import { Button, Group, Paper, Text } from '@mantine/core';
import type { User } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { EmptyBlock, ErrorState, LoadingState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useProjects } from '../../features/projects/api/get-projects';
import { ProjectList } from '../../features/projects/components/project-list';
import { RequireContractor } from '../layout/require-contractor';

export function WorkspaceDashboardRoute() {
  return <RequireContractor>{(user) => <Dashboard user={user} />}</RequireContractor>;
}

function Dashboard({ user }: { user: User }) {
  const { t } = useTranslation();
  const isAdmin = user.role === 'admin';
  // Administrators have no organisation of their own: they see every project.
  const projects = useProjects({ mine: !isAdmin });
  const canCreate = user.role === 'contractor' && user.membershipApproved;
  const intro = isAdmin ? t('workspace.dashboard.introAdmin') : t('workspace.dashboard.intro', { organisation: user.organisation?.name ?? '' });
  // The layout's notice says the organisation awaits approval; this says what can be done meanwhile.
  const unverified = user.organisation !== null && !user.organisation.verified;

  const newProject = canCreate && (
    <Button component={Link} to={paths.workspace.newProject.getHref()}>
      {t('workspace.dashboard.newProject')}
    </Button>
  );

  const totals = (projects.data ?? []).reduce(
    (sum, p) => ({ draft: sum.draft + p.counts.draft, published: sum.published + p.counts.published, closed: sum.closed + p.counts.closed }),
    { draft: 0, published: 0, closed: 0 },
  );

  return (
    <ContentLayout title={t('workspace.dashboard.title')} intro={intro}>
      {unverified && <Text>{t('workspace.dashboard.unverified')}</Text>}
      {projects.isPending ? (
        <LoadingState label={t('workspace.dashboard.loading')} />
      ) : projects.isError ? (
        <ErrorState error={projects.error} onRetry={() => void projects.refetch()} />
      ) : projects.data.length === 0 ? (
        <Paper withBorder radius="md">
          <EmptyBlock title={t('workspace.dashboard.emptyTitle')} action={newProject}>
            {canCreate ? t('workspace.dashboard.emptyBody') : t('workspace.dashboard.emptyBodyNoCreate')}
          </EmptyBlock>
        </Paper>
      ) : (
        <>
          <Group justify="space-between" align="center" wrap="wrap" gap="sm">
            <Text>
              {t('workspace.dashboard.summary', {
                projects: t('workspace.dashboard.projectCount', { count: projects.data.length }),
                drafts: t('workspace.dashboard.draftCount', { count: totals.draft }),
                published: t('workspace.dashboard.publishedCount', { count: totals.published }),
                closed: t('workspace.dashboard.closedCount', { count: totals.closed }),
              })}
            </Text>
            {newProject}
          </Group>
          <ProjectList projects={projects.data} />
        </>
      )}
    </ContentLayout>
  );
}
