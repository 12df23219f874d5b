import type { Project } from '@byg360/shared';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { ErrorState, isNotFound, LoadingState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useMunicipalities } from '../../features/auth/api/get-municipalities';
import { useProject } from '../../features/projects/api/get-project';
import { ProjectForm } from '../../features/projects/components/project-form';
import { notify } from '../../lib/notify';
import { RequireContractor } from '../layout/require-contractor';
import { ResourceNotFound } from '../layout/resource-not-found';

export function WorkspaceProjectEditRoute() {
  return <RequireContractor>{() => <EditProject />}</RequireContractor>;
}

function EditProject() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const project = useProject(id);
  const municipalities = useMunicipalities();

  if (project.isPending) return <LoadingState />;
  if (isNotFound(project.error)) return <ResourceNotFound kind="project" />;
  if (project.isError) return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;

  const saved = (changed: Project) => {
    notify(t('projects.saved'));
    void navigate(paths.workspace.project.getHref(changed.id));
  };

  return (
    <ContentLayout title={t('projects.editTitle', { title: project.data.title })} width="narrow">
      {!project.data.canEdit ? (
        <Alert color="blue" variant="light">
          {t('projects.readOnly')}
        </Alert>
      ) : municipalities.isError ? (
        <ErrorState error={municipalities.error} onRetry={() => void municipalities.refetch()} />
      ) : (
        <ProjectForm
          project={project.data}
          municipalities={municipalities.data ?? []}
          municipalitiesLoading={municipalities.isPending}
          defaultMunicipalityCode={project.data.municipalityCode}
          onSaved={saved}
          cancelHref={paths.workspace.project.getHref(project.data.id)}
        />
      )}
    </ContentLayout>
  );
}
