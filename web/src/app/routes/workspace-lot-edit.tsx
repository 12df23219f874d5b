import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { Lot, Project } from '@byg360/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ContentLayout } from '../../components/content-layout';
import { FormSection } from '../../components/form-section';
import { ErrorState, isNotFound, LoadingState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useDeleteLot } from '../../features/lots/api/delete-lot';
import { lotQueryOptions, useLot } from '../../features/lots/api/get-lot';
import { projectLotsQueryOptions } from '../../features/lots/api/get-project-lots';
import { LotForm } from '../../features/lots/components/lot-form';
import { LotStatusActions } from '../../features/lots/components/lot-status-actions';
import { LotStatusBadge } from '../../features/lots/components/lot-status-badge';
import { PhotoManager } from '../../features/photos/components/photo-manager';
import { projectQueryOptions, useProject } from '../../features/projects/api/get-project';
import { invalidateProjectLists } from '../../features/projects/api/get-projects';
import { describeApiError } from '../../lib/form-errors';
import { notify } from '../../lib/notify';
import { RequireContractor } from '../layout/require-contractor';
import { ResourceNotFound } from '../layout/resource-not-found';

/** Handed over by the new-lot page: photos chosen before the lot existed. */
export interface LotEditState {
  pendingPhotos?: File[];
}

export function WorkspaceLotEditRoute() {
  return <RequireContractor>{() => <EditLot />}</RequireContractor>;
}

function EditLot() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const lot = useLot(id);
  const project = useProject(lot.data?.projectId ?? '', { enabled: lot.isSuccess });
  const [pendingPhotos] = useState<File[]>(() => (location.state as LotEditState | null)?.pendingPhotos ?? []);

  // Taken once: a reload or going back must not upload the same photos again.
  useEffect(() => {
    if (location.state) void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [location.state, location.pathname, location.search, navigate]);

  if (lot.isPending || (lot.isSuccess && project.isPending)) return <LoadingState />;
  if (isNotFound(lot.error)) return <ResourceNotFound kind="lot" />;
  if (lot.isError) return <ErrorState error={lot.error} onRetry={() => void lot.refetch()} />;
  if (project.isError) return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  if (!project.data) return <LoadingState />;

  return (
    <ContentLayout title={t('lots.editTitle', { title: lot.data.title })} intro={t('lots.editIntro', { project: project.data.title })} width="narrow">
      <LotEditor lot={lot.data} project={project.data} pendingPhotos={pendingPhotos} />
    </ContentLayout>
  );
}

function LotEditor({ lot, project, pendingPhotos }: { lot: Lot; project: Project; pendingPhotos: File[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const projectHref = paths.workspace.project.getHref(project.id);

  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: lotQueryOptions(lot.id).queryKey }),
      queryClient.invalidateQueries({ queryKey: projectLotsQueryOptions(project.id).queryKey }),
      queryClient.invalidateQueries({ queryKey: projectQueryOptions(project.id).queryKey }),
      invalidateProjectLists(queryClient),
    ]);
  };
  const remove = useDeleteLot({
    onSuccess: async () => {
      await refresh();
      notify(t('lots.deleted', { title: lot.title }));
      void navigate(projectHref);
    },
    onError: (error) => {
      setConfirmDelete(false);
      notify(describeApiError(error, t, { messages: { 409: t('lots.errors.deleteReserved') } }).formError ?? t('errors.unexpected'), { tone: 'error' });
    },
  });
  const saved = async (changed: Lot) => {
    await refresh();
    notify(t('lots.saved', { title: changed.title }));
    void navigate(projectHref);
  };

  if (!lot.canEdit) {
    return <Text>{t('lots.readOnly')}</Text>;
  }

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={projectHref} size="sm">
        ← {t('lots.backToProject', { project: project.title })}
      </Anchor>
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="sm">
            <Text fw={600}>{t('lots.statusLabel')}</Text>
            <LotStatusBadge status={lot.status} />
            {lot.status !== 'draft' && (
              <Anchor component={Link} to={paths.lot.getHref(lot.id)} size="sm">
                {t('lots.viewPublic')}
              </Anchor>
            )}
          </Group>
          <LotStatusActions lot={lot} canPublish={project.organisation.verified} size="sm" onChanged={refresh} />
        </Group>
      </Paper>

      <FormSection title={t('photos.sectionTitle')} intro={t('photos.sectionIntro')}>
        <PhotoManager lotId={lot.id} lotTitle={lot.title} initialFiles={pendingPhotos} onChanged={() => void refresh()} />
      </FormSection>

      {lot.status === 'closed' ? (
        <Text c="dimmed">{t('lots.closedReadOnly')}</Text>
      ) : (
        <LotForm project={project} lot={lot} onSaved={(changed) => void saved(changed)} cancelHref={projectHref} />
      )}

      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm">{t('lots.deleteHint')}</Text>
          <Button color="red" variant="light" onClick={() => setConfirmDelete(true)}>
            {t('lots.delete')}
          </Button>
        </Group>
      </Paper>
      <ConfirmDialog
        opened={confirmDelete}
        title={t('lots.confirmDelete.title', { title: lot.title })}
        confirmLabel={t('lots.delete')}
        danger
        loading={remove.isPending}
        onConfirm={() => remove.mutate({ id: lot.id, projectId: project.id })}
        onClose={() => setConfirmDelete(false)}
      >
        {t('lots.confirmDelete.body')}
      </ConfirmDialog>
    </Stack>
  );
}
