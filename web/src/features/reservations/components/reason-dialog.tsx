import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GrowingTextarea } from '../../../components/form-fields';

interface ReasonDialogProps {
  opened: boolean;
  title: string;
  /** What is about to happen, above the reason field. */
  children?: ReactNode;
  reasonLabel: string;
  /** A contractor who cancels must say why; a decline may. */
  reasonRequired?: boolean;
  confirmLabel: string;
  loading?: boolean;
  error?: string | null;
  onConfirm: (reason: string | null) => void;
  onClose: () => void;
}

/** Confirms a decline or a cancellation, with the reason the requester will read. */
export function ReasonDialog(props: ReasonDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered closeButtonProps={{ 'aria-label': t('app.close') }}>
      {props.opened && <ReasonForm {...props} />}
    </Modal>
  );
}

function ReasonForm({ children, reasonLabel, reasonRequired = false, confirmLabel, loading = false, error, onConfirm, onClose }: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (reasonRequired && !trimmed) {
      setMissing(true);
      return;
    }
    onConfirm(trimmed || null);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        {typeof children === 'string' ? <Text>{children}</Text> : children}
        <GrowingTextarea
          label={reasonLabel}
          description={t('reservations.inbox.reasonHint')}
          required={reasonRequired}
          maxRows={8}
          maxLength={1000}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('reservations.inbox.reasonRequired') : undefined}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t('reservations.inbox.back')}
          </Button>
          <Button type="submit" color="red" loading={loading}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
