import { Alert } from '@mantine/core';
import type { Lot } from '@byg360/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { FormSection } from '../../components/form-section';
import { ErrorState, isNotFound, LoadingState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { LotForm } from '../../features/lots/components/lot-form';
import { PhotoPicker } from '../../features/photos/components/photo-picker';
import { projectQueryOptions, useProject } from '../../features/projects/api/get-project';
import { invalidateProjectLists } from '../../features/projects/api/get-projects';
import { notify } from '../../lib/notify';
import { RequireContractor } from '../layout/require-contractor';
import { ResourceNotFound } from '../layout/resource-not-found';
import type { LotEditState } from './workspace-lot-edit';

export function WorkspaceLotNewRoute() {
  return <RequireContractor>{() => <NewLot />}</RequireContractor>;
}

function NewLot() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { id = '' } = useParams();
  const project = useProject(id);
  const [photos, setPhotos] = useState<File[]>([]);

  if (project.isPending) return <LoadingState />;
  if (isNotFound(project.error)) return <ResourceNotFound kind="project" />;
  if (project.isError) return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;

  const projectHref = paths.workspace.project.getHref(project.data.id);
  const saved = async (lot: Lot) => {
    await Promise.all([queryClient.invalidateQueries({ queryKey: projectQueryOptions(lot.projectId).queryKey }), invalidateProjectLists(queryClient)]);
    notify(t(lot.status === 'published' ? 'lots.createdPublished' : 'lots.createdDraft', { title: lot.title }));
    // The photos need the lot's id: the edit page uploads them, with progress, and shows them for reordering.
    if (photos.length > 0) {
      const state: LotEditState = { pendingPhotos: photos };
      void navigate(paths.workspace.editLot.getHref(lot.id), { state });
    } else {
      void navigate(projectHref);
    }
  };

  const blocked = !project.data.canEdit ? t('lots.readOnly') : project.data.status === 'completed' ? t('lots.projectCompleted') : null;
  return (
    <ContentLayout title={t('lots.newTitle')} intro={t('lots.newIntro', { project: project.data.title })} width="narrow">
      {blocked ? (
        <Alert color="blue" variant="light">
          {blocked}
        </Alert>
      ) : (
        <LotForm
          project={project.data}
          onSaved={(lot) => void saved(lot)}
          cancelHref={projectHref}
          extra={
            <FormSection title={t('photos.sectionTitle')} intro={t('photos.sectionIntroNew')}>
              <PhotoPicker files={photos} onChange={setPhotos} />
            </FormSection>
          }
        />
      )}
    </ContentLayout>
  );
}
