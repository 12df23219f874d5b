import { Button, Group } from '@mantine/core';
import { projectTransitions, type Project, type ProjectStatus } from '@byg360/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { notify } from '../../../lib/notify';
import { useUpdateProject } from '../api/update-project';
import { describeProjectError } from '../utils/project-form-values';

/** Start the demolition (planned → active) or complete the project (final: then outcomes can be recorded). */
export function ProjectStatusActions({ project, onChanged }: { project: Project; onChanged?: (project: Project) => void }) {
  const { t } = useTranslation();
  const [confirmComplete, setConfirmComplete] = useState(false);
  const update = useUpdateProject({
    onSuccess: (changed) => {
      setConfirmComplete(false);
      notify(t(`projects.statusChanged.${changed.status}`));
      onChanged?.(changed);
    },
    onError: (error) => notify(describeProjectError(error, t).formError ?? t('errors.unexpected'), { tone: 'error' }),
  });
  const change = (status: ProjectStatus) => update.mutate({ id: project.id, body: { status } });
  const next = projectTransitions[project.status];
  if (!project.canEdit || next.length === 0) return null;

  return (
    <Group gap="sm">
      {next.includes('active') && (
        <Button variant="default" loading={update.isPending && update.variables?.body.status === 'active'} onClick={() => change('active')}>
          {t('projects.actions.start')}
        </Button>
      )}
      {next.includes('completed') && (
        <Button variant="default" onClick={() => setConfirmComplete(true)}>
          {t('projects.actions.complete')}
        </Button>
      )}
      <ConfirmDialog
        opened={confirmComplete}
        title={t('projects.confirmComplete.title')}
        confirmLabel={t('projects.actions.complete')}
        loading={update.isPending}
        onConfirm={() => change('completed')}
        onClose={() => setConfirmComplete(false)}
      >
        {t('projects.confirmComplete.body')}
      </ConfirmDialog>
    </Group>
  );
}
