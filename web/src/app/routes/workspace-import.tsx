import { Alert } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { ErrorState, isNotFound, LoadingState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { LotImportWizard } from '../../features/imports/components/lot-import-wizard';
import { projectLotsQueryOptions } from '../../features/lots/api/get-project-lots';
import { projectQueryOptions, useProject } from '../../features/projects/api/get-project';
import { invalidateProjectLists } from '../../features/projects/api/get-projects';
import { RequireContractor } from '../layout/require-contractor';
import { ResourceNotFound } from '../layout/resource-not-found';

export function WorkspaceImportRoute() {
  return <RequireContractor>{() => <ImportPage />}</RequireContractor>;
}

function ImportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const project = useProject(id);

  if (project.isPending) return <LoadingState />;
  if (isNotFound(project.error)) return <ResourceNotFound kind="project" />;
  if (project.isError) return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;

  const committed = () =>
    void Promise.all([
      queryClient.invalidateQueries({ queryKey: projectQueryOptions(project.data.id).queryKey }),
      queryClient.invalidateQueries({ queryKey: projectLotsQueryOptions(project.data.id).queryKey }),
      invalidateProjectLists(queryClient),
    ]);
  const blocked = !project.data.canEdit ? t('lots.readOnly') : project.data.status === 'completed' ? t('lots.projectCompleted') : null;

  return (
    <ContentLayout title={t('imports.title')} intro={t('imports.intro', { project: project.data.title })}>
      {blocked ? (
        <Alert color="blue" variant="light">
          {blocked}
        </Alert>
      ) : (
        <LotImportWizard projectId={project.data.id} projectHref={paths.workspace.project.getHref(project.data.id)} onCommitted={committed} />
      )}
    </ContentLayout>
  );
}
