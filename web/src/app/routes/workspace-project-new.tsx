import type { Project, User } from '@byg360/shared';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { ErrorState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useMunicipalities } from '../../features/auth/api/get-municipalities';
import { ProjectForm } from '../../features/projects/components/project-form';
import { notify } from '../../lib/notify';
import { RequireContractor } from '../layout/require-contractor';

/** Bornholm, where the exchange starts, for users without an organisation's municipality. */
const FALLBACK_MUNICIPALITY = '0400';

export function WorkspaceProjectNewRoute() {
  return <RequireContractor>{(user) => <NewProject user={user} />}</RequireContractor>;
}

function NewProject({ user }: { user: User }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const municipalities = useMunicipalities();

  const saved = (project: Project) => {
    notify(t('projects.created', { title: project.title }));
    void navigate(paths.workspace.project.getHref(project.id));
  };

  return (
    <ContentLayout title={t('projects.newTitle')} intro={t('projects.newIntro')} width="narrow">
      {user.role !== 'contractor' || !user.membershipApproved ? (
        <Alert color="blue" variant="light">
          {t('projects.cannotCreate')}
        </Alert>
      ) : municipalities.isError ? (
        <ErrorState error={municipalities.error} onRetry={() => void municipalities.refetch()} />
      ) : (
        <ProjectForm
          municipalities={municipalities.data ?? []}
          municipalitiesLoading={municipalities.isPending}
          defaultMunicipalityCode={user.organisation?.municipalityCode ?? FALLBACK_MUNICIPALITY}
          onSaved={saved}
          cancelHref={paths.workspace.dashboard.getHref()}
        />
      )}
    </ContentLayout>
  );
}
