import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Project } from '@byg360/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { MapMarker } from '../../components/map/map-marker';
import { MapView } from '../../components/map/map-view';
import { EmptyBlock, ErrorState, isNotFound, LoadingState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useMunicipalities } from '../../features/auth/api/get-municipalities';
import { useProjectLots } from '../../features/lots/api/get-project-lots';
import { LotsTable } from '../../features/lots/components/lots-table';
import { projectQueryOptions, useProject } from '../../features/projects/api/get-project';
import { invalidateProjectLists } from '../../features/projects/api/get-projects';
import { ProjectFacts, ProjectScreening } from '../../features/projects/components/project-facts';
import { ProjectStatusActions } from '../../features/projects/components/project-status-actions';
import { ProjectStatusBadge } from '../../features/projects/components/project-status-badge';
import { useFormat } from '../../lib/format';
import { RequireContractor } from '../layout/require-contractor';
import { ResourceNotFound } from '../layout/resource-not-found';

export function WorkspaceProjectRoute() {
  return <RequireContractor>{() => <ProjectPage />}</RequireContractor>;
}

function ProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const project = useProject(id);

  if (project.isPending) return <LoadingState />;
  if (isNotFound(project.error)) return <ResourceNotFound kind="project" />;
  if (project.isError) return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  return (
    <ContentLayout title={project.data.title} intro={t('projects.page.intro', { address: `${project.data.address}, ${project.data.postcode} ${project.data.city ?? ''}`.trim() })}>
      <ProjectWorkspace project={project.data} />
    </ContentLayout>
  );
}

function ProjectWorkspace({ project }: { project: Project }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const lots = useProjectLots(project.id);
  const municipalities = useMunicipalities();
  const municipalityName = municipalities.data?.find((m) => m.code === project.municipalityCode)?.name;

  // A lot's status changes the project's counts.
  const refreshProject = async () => {
    await Promise.all([queryClient.invalidateQueries({ queryKey: projectQueryOptions(project.id).queryKey }), invalidateProjectLists(queryClient)]);
  };
  const completed = project.status === 'completed';
  const canAddLots = project.canEdit && !completed;

  return (
    <Stack gap="xl">
      <Anchor component={Link} to={paths.workspace.dashboard.getHref()} size="sm">
        ← {t('projects.page.back')}
      </Anchor>

      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" align="center" wrap="wrap" gap="md">
          <Group gap="sm" wrap="wrap">
            <Text fw={600}>{t('projects.page.status')}</Text>
            <ProjectStatusBadge status={project.status} />
            {project.reuseRate !== null && (
              <Text>
                {t('projects.page.reuseRate')} <strong>{format.percent(project.reuseRate)}</strong>
              </Text>
            )}
          </Group>
          <Group gap="sm" wrap="wrap">
            <ProjectStatusActions project={project} />
            {project.canEdit && (
              <Button component={Link} to={paths.workspace.editProject.getHref(project.id)} variant="default">
                {t('projects.page.edit')}
              </Button>
            )}
          </Group>
        </Group>
      </Paper>

      <section aria-labelledby="lots-title">
        <Stack gap="md">
          <Group justify="space-between" align="center" wrap="wrap" gap="sm">
            <Title order={2} id="lots-title">
              {t('projects.page.lotsTitle')}
            </Title>
            <Group gap="sm" wrap="wrap">
              {completed && project.canEdit && (
                <Button component={Link} to={paths.workspace.outcome.getHref(project.id)}>
                  {t('projects.page.recordOutcome')}
                </Button>
              )}
              {canAddLots && (
                <>
                  <Button component={Link} to={paths.workspace.importLots.getHref(project.id)} variant="default">
                    {t('projects.page.import')}
                  </Button>
                  <Button component={Link} to={paths.workspace.newLot.getHref(project.id)}>
                    {t('projects.page.addLot')}
                  </Button>
                </>
              )}
            </Group>
          </Group>
          {completed && project.reuseRate === null && project.canEdit && <Text c="dimmed">{t('projects.page.outcomeMissing')}</Text>}
          {lots.isPending ? (
            <LoadingState label={t('projects.page.lotsLoading')} />
          ) : lots.isError ? (
            <ErrorState error={lots.error} onRetry={() => void lots.refetch()} />
          ) : lots.data.length === 0 ? (
            <Paper withBorder radius="md">
              <EmptyBlock title={t('projects.page.noLotsTitle')}>{canAddLots ? t('projects.page.noLotsBody') : t('projects.page.noLotsClosed')}</EmptyBlock>
            </Paper>
          ) : (
            <LotsTable lots={lots.data} canPublish={project.organisation.verified} onStatusChanged={refreshProject} />
          )}
        </Stack>
      </section>

      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="details-title">
          <Title order={2} size="h4" id="details-title" mb="sm">
            {t('projects.page.details')}
          </Title>
          <ProjectFacts project={project} municipalityName={municipalityName} labelWidth={110} />
        </Paper>
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="screening-title">
          <Title order={2} size="h4" id="screening-title" mb="sm">
            {t('projects.page.screening')}
          </Title>
          <ProjectScreening project={project} labelWidth={110} />
        </Paper>
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="map-title">
          <Title order={2} size="h4" id="map-title" mb="sm">
            {t('projects.page.location')}
          </Title>
          <MapView center={{ lat: project.lat, lon: project.lon }} zoom={13} height={220} label={t('projects.page.mapLabel', { title: project.title })}>
            <MapMarker position={{ lat: project.lat, lon: project.lon }} />
          </MapView>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
