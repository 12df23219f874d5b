import { Button, Group, Modal, NumberInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Lot } from '@byg360/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFrame } from '../../../components/form-frame';
import { GrowingTextarea } from '../../../components/form-fields';
import { formatCalendarDate, toDanishWallTime } from '../../../lib/copenhagen-time';
import { useFormat } from '../../../lib/format';
import { isLanguage, type Language } from '../../../lib/i18n';
import { notify } from '../../../lib/notify';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { useCreateReservation } from '../api/create-reservation';
import {
  defaultPickup,
  describeReserveError,
  MESSAGE_MAX,
  newIdempotencyKey,
  pickupBounds,
  reserveBody,
  validateReserve,
  type ReserveValues,
} from '../utils/reserve-form';
import { unitLabel } from '../utils/units';

interface ReserveDialogProps {
  lot: Lot;
  opened: boolean;
  onClose: () => void;
  /** How long the contractor has to answer, from the server's settings. */
  responseHours?: number;
}

/** The reserve form in a modal: focus is trapped inside, Escape and the close button leave it. */
export function ReserveDialog({ lot, opened, onClose, responseHours }: ReserveDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('reservations.dialog.title', { title: lot.title })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('reservations.dialog.close') }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {/* Mounted only while open, so that every opening starts with fresh values and a fresh key. */}
      {opened && <ReserveForm lot={lot} onDone={onClose} responseHours={responseHours} />}
    </Modal>
  );
}

function ReserveForm({ lot, onDone, responseHours }: { lot: Lot; onDone: () => void; responseHours?: number }) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'da';
  const format = useFormat();
  const [formError, setFormError] = useState<string | null>(null);
  const { ref, focusFirstInvalid } = useFocusFirstInvalid();
  // One key per submission; a retry of exactly the same submission (after a network failure) reuses it.
  const attempt = useRef<{ key: string; signature: string } | null>(null);
  const unit = unitLabel(lot.unit, t);
  const pcs = lot.unit === 'pcs';
  const left = Number(lot.quantityLeft);
  const [now] = useState(() => Date.now());
  const bounds = pickupBounds(lot, now);

  const form = useForm<ReserveValues>({
    initialValues: {
      quantity: Math.min(left, 1),
      pickupAt: defaultPickup(lot, now),
      message: '',
    },
    validate: (values) => validateReserve(values, lot, { t, language, number: format.number }, Date.now()),
  });

  const create = useCreateReservation({
    onSuccess: () => {
      notify(t('reservations.dialog.success'));
      attempt.current = null;
      onDone();
    },
    onError: (error) => {
      const display = describeReserveError(error, lot, { t, language, number: format.number });
      form.setErrors(display.fieldErrors);
      setFormError(display.formError);
      focusFirstInvalid();
    },
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    const body = reserveBody(values);
    const signature = JSON.stringify(body);
    if (attempt.current?.signature !== signature) attempt.current = { key: newIdempotencyKey(), signature };
    create.mutate({ lotId: lot.id, body, idempotencyKey: attempt.current.key });
  }, focusFirstInvalid);

  const today = toDanishWallTime(now).slice(0, 10);
  const firstDay = formatCalendarDate(lot.availableFrom && lot.availableFrom > today ? lot.availableFrom : today, language);
  const windowHint = lot.pickUpBy
    ? t('reservations.dialog.pickupHint', { from: firstDay, to: formatCalendarDate(lot.pickUpBy, language) })
    : t('reservations.dialog.pickupHintOpen', { from: firstDay });

  return (
    <FormFrame ref={ref} onSubmit={submit} error={formError} gap="md">
      <NumberInput
        label={t('reservations.dialog.quantity', { unit })}
        description={t('reservations.dialog.quantityHint', { left: format.number(lot.quantityLeft), unit })}
        required
        size="md"
        min={pcs ? 1 : 0.001}
        max={left}
        step={pcs || left >= 1 ? 1 : 0.1}
        allowDecimal={!pcs}
        decimalScale={3}
        allowNegative={false}
        decimalSeparator={language === 'da' ? ',' : '.'}
        thousandSeparator={language === 'da' ? '.' : ','}
        clampBehavior="none"
        inputMode={pcs ? 'numeric' : 'decimal'}
        data-autofocus
        {...form.getInputProps('quantity')}
      />
      <TextInput
        type="datetime-local"
        label={t('reservations.dialog.pickupAt')}
        description={windowHint}
        required
        min={toDanishWallTime(bounds.min)}
        max={bounds.max === null ? undefined : toDanishWallTime(bounds.max)}
        step={900}
        {...form.getInputProps('pickupAt')}
      />
      <GrowingTextarea
        label={t('reservations.dialog.message')}
        placeholder={t('reservations.dialog.messagePlaceholder')}
        maxRows={8}
        maxLength={MESSAGE_MAX}
        {...form.getInputProps('message')}
      />
      {responseHours !== undefined && (
        <Text size="sm" c="dimmed">
          {t('reservations.dialog.responseTime', { count: responseHours })}
        </Text>
      )}
      <Group justify="flex-end" gap="sm" mt="xs">
        <Button variant="default" onClick={onDone} disabled={create.isPending}>
          {t('reservations.dialog.cancel')}
        </Button>
        <Button type="submit" loading={create.isPending}>
          {t('reservations.dialog.submit')}
        </Button>
      </Group>
    </FormFrame>
  );
}
