import { Button, Group, Tooltip } from '@mantine/core';
import { lotTransitions, type Lot, type LotStatus } from '@byg360/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { describeApiError } from '../../../lib/form-errors';
import { notify } from '../../../lib/notify';
import type { MutationConfig } from '../../../lib/react-query';
import { useUpdateLot, type updateLot } from '../api/update-lot';

/** The moves offered as buttons, in the order they are usually made. */
const actions: { to: LotStatus; key: 'publish' | 'close' | 'unpublish' }[] = [
  { to: 'published', key: 'publish' },
  { to: 'closed', key: 'close' },
  { to: 'draft', key: 'unpublish' },
];

interface LotStatusActionsProps {
  lot: Lot;
  /** Publishing needs a verified organisation; the button says why it is off. */
  canPublish: boolean;
  size?: 'xs' | 'sm';
  onChanged?: MutationConfig<typeof updateLot>['onSuccess'];
}

/** Publish, close or take back a lot, right where it is listed. */
export function LotStatusActions({ lot, canPublish, size = 'xs', onChanged }: LotStatusActionsProps) {
  const { t } = useTranslation();
  const [confirmClose, setConfirmClose] = useState(false);
  const update = useUpdateLot({
    onSuccess: async (changed, ...rest) => {
      setConfirmClose(false);
      notify(t(`lots.statusChanged.${changed.status}`, { title: changed.title }));
      await onChanged?.(changed, ...rest);
    },
    onError: (error) => {
      const { formError } = describeApiError(error, t, { messages: { 409: t('lots.errors.statusConflict') } });
      notify(formError ?? t('errors.unexpected'), { tone: 'error' });
    },
  });

  const change = (to: LotStatus) => update.mutate({ id: lot.id, body: { status: to } });
  const allowed = actions.filter((action) => lotTransitions[lot.status].includes(action.to));
  if (!lot.canEdit || allowed.length === 0) return null;

  return (
    <Group gap={6} wrap="nowrap">
      <ConfirmDialog
        opened={confirmClose}
        title={t('lots.confirmClose.title', { title: lot.title })}
        confirmLabel={t('lots.actions.close')}
        loading={update.isPending}
        onConfirm={() => change('closed')}
        onClose={() => setConfirmClose(false)}
      >
        {t('lots.confirmClose.body')}
      </ConfirmDialog>
      {allowed.map((action) => {
        const blocked = action.to === 'published' && !canPublish;
        const button = (
          <Button
            key={action.to}
            size={size}
            variant={action.to === 'published' ? 'filled' : 'default'}
            disabled={blocked || update.isPending}
            loading={update.isPending && update.variables?.body.status === action.to}
            // Closing is final, so it is confirmed first.
            onClick={() => (action.to === 'closed' ? setConfirmClose(true) : change(action.to))}
            aria-label={t(`lots.actions.${action.key}Named`, { title: lot.title })}
          >
            {t(`lots.actions.${action.key}`)}
          </Button>
        );
        return blocked ? (
          <Tooltip key={action.to} label={t('lots.errors.notVerified')} multiline w={240}>
            <span>{button}</span>
          </Tooltip>
        ) : (
          button
        );
      })}
    </Group>
  );
}
