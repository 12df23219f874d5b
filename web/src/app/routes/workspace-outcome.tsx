import { Alert, Anchor, Button, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { EmptyBlock, ErrorState, isNotFound, LoadingState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useProjectLots } from '../../features/lots/api/get-project-lots';
import { OutcomeForm } from '../../features/lots/components/outcome-form';
import { projectQueryOptions, useProject } from '../../features/projects/api/get-project';
import { invalidateProjectLists } from '../../features/projects/api/get-projects';
import { useFormat } from '../../lib/format';
import { notify } from '../../lib/notify';
import { RequireContractor } from '../layout/require-contractor';
import { ResourceNotFound } from '../layout/resource-not-found';

export function WorkspaceOutcomeRoute() {
  return <RequireContractor>{() => <OutcomePage />}</RequireContractor>;
}

function OutcomePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const project = useProject(id);
  const lots = useProjectLots(id, { enabled: project.isSuccess });
  const [savedOnce, setSavedOnce] = useState(false);

  if (project.isPending) return <LoadingState />;
  if (isNotFound(project.error)) return <ResourceNotFound kind="project" />;
  if (project.isError) return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;

  const projectHref = paths.workspace.project.getHref(project.data.id);
  const saved = async (count: number) => {
    // The reuse rate is computed by the server from every lot's outcome.
    await Promise.all([queryClient.invalidateQueries({ queryKey: projectQueryOptions(project.data.id).queryKey }), invalidateProjectLists(queryClient)]);
    setSavedOnce(true);
    notify(t('outcome.saved', { count }));
  };

  let body;
  if (!project.data.canEdit) {
    body = <Alert color="blue" variant="light">{t('projects.readOnly')}</Alert>;
  } else if (project.data.status !== 'completed') {
    body = (
      <Alert color="blue" variant="light" title={t('outcome.notCompletedTitle')}>
        {t('outcome.notCompleted')}
      </Alert>
    );
  } else if (lots.isPending) {
    body = <LoadingState />;
  } else if (lots.isError) {
    body = <ErrorState error={lots.error} onRetry={() => void lots.refetch()} />;
  } else if (lots.data.length === 0) {
    body = (
      <Paper withBorder radius="md">
        <EmptyBlock title={t('outcome.noLots')} />
      </Paper>
    );
  } else {
    body = <OutcomeForm lots={lots.data} onSaved={(count) => void saved(count)} />;
  }

  return (
    <ContentLayout title={t('outcome.title')} intro={t('outcome.intro', { project: project.data.title })} width="narrow">
      <Anchor component={Link} to={projectHref} size="sm">
        ← {t('lots.backToProject', { project: project.data.title })}
      </Anchor>
      <Paper withBorder radius="md" p="lg" bg={savedOnce ? 'var(--mantine-primary-color-light)' : undefined} aria-live="polite">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('outcome.reuseRateLabel')}
          </Text>
          <Text fw={700} fz={32} lh={1.1}>
            {project.data.reuseRate === null ? t('outcome.reuseRateUnknown') : format.percent(project.data.reuseRate)}
          </Text>
          <Text size="sm">{t('outcome.reuseRateNote')}</Text>
          {savedOnce && (
            <Button component={Link} to={projectHref} variant="default" mt="xs" w="fit-content">
              {t('outcome.backToProject')}
            </Button>
          )}
        </Stack>
      </Paper>
      {body}
    </ContentLayout>
  );
}
