import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Lot } from '@byg360/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../../lib/form-errors';
import { useFormat } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useRecordOutcome } from '../api/record-outcome';
import { categoryName } from '../utils/categories';
import { checkOutcome, outcomeChanged, outcomeParts, outcomeValuesOf, toOutcomeBody, type OutcomePart, type OutcomeValues } from '../utils/outcome';
import { unitLabel } from '../utils/units';

interface OutcomeFormProps {
  lots: readonly Lot[];
  onSaved: (saved: number) => void;
}

type RowErrors = Record<string, string>;

/**
 * For each lot of a completed project: how much was reused, recycled and disposed, in the lot's unit.
 * The sum is checked against the quantity as the contractor types; only changed lots are sent.
 */
export function OutcomeForm({ lots, onSaved }: OutcomeFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, OutcomeValues>>(() => Object.fromEntries(lots.map((lot) => [lot.id, outcomeValuesOf(lot)])));
  const [serverErrors, setServerErrors] = useState<RowErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const [saving, setSaving] = useState(false);
  const record = useRecordOutcome();

  const setPart = (lotId: string, part: OutcomePart, value: string) => {
    setValues((current) => ({ ...current, [lotId]: { ...current[lotId]!, [part]: value } }));
    setServerErrors(({ [lotId]: _dropped, ...rest }) => rest);
  };

  const checks = Object.fromEntries(lots.map((lot) => [lot.id, checkOutcome(values[lot.id]!, lot.quantity)]));
  const blocked = lots.some((lot) => checks[lot.id]!.over || checks[lot.id]!.invalid.length > 0);
  const changed = lots.filter((lot) => !checks[lot.id]!.empty && outcomeChanged(values[lot.id]!, lot));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setShowErrors(true);
    if (blocked) {
      setFormError(t('outcome.fixErrors'));
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-outcome-form] [aria-invalid="true"]')?.focus());
      return;
    }
    if (changed.length === 0) {
      setFormError(t('outcome.nothingChanged'));
      return;
    }
    setSaving(true);
    const errors: RowErrors = {};
    let saved = 0;
    // One request per lot: each lot's outcome stands on its own, so one refusal does not undo the others.
    for (const lot of changed) {
      try {
        await record.mutateAsync({ id: lot.id, body: toOutcomeBody(values[lot.id]!) });
        saved += 1;
      } catch (error) {
        errors[lot.id] = describeApiError(error, t, { messages: { 409: t('outcome.notCompleted') } }).formError ?? t('errors.invalid');
      }
    }
    setSaving(false);
    setServerErrors(errors);
    if (Object.keys(errors).length > 0) setFormError(t('outcome.someFailed', { count: Object.keys(errors).length }));
    if (saved > 0) onSaved(saved);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-outcome-form>
      <Stack gap="md">
        {formError && (
          <Alert color="red" variant="light" role="alert">
            {formError}
          </Alert>
        )}
        {lots.map((lot) => (
          <OutcomeRow
            key={lot.id}
            lot={lot}
            values={values[lot.id]!}
            check={checks[lot.id]!}
            showErrors={showErrors}
            serverError={serverErrors[lot.id]}
            onChange={(part, value) => setPart(lot.id, part, value)}
          />
        ))}
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {t('outcome.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface OutcomeRowProps {
  lot: Lot;
  values: OutcomeValues;
  check: ReturnType<typeof checkOutcome>;
  showErrors: boolean;
  serverError: string | undefined;
  onChange: (part: OutcomePart, value: string) => void;
}

function OutcomeRow({ lot, values, check, showErrors, serverError, onChange }: OutcomeRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const unit = unitLabel(lot.unit, t);
  const headingId = `outcome-${lot.id}`;
  const quantity = `${format.number(lot.quantity)} ${unit}`;

  let status: { text: string; tone: 'ok' | 'warn' | 'error' };
  if (check.over) {
    status = { tone: 'error', text: t('outcome.over', { total: `${format.number(check.total)} ${unit}`, quantity }) };
  } else if (check.empty) {
    status = { tone: 'warn', text: lot.outcome ? t('outcome.recorded') : t('outcome.notRecorded') };
  } else if (Number(check.remaining) > 0) {
    status = { tone: 'warn', text: t('outcome.remaining', { remaining: `${format.number(check.remaining)} ${unit}`, quantity }) };
  } else {
    status = { tone: 'ok', text: t('outcome.complete', { quantity }) };
  }

  return (
    <Paper withBorder p="md" radius="md" component="fieldset" aria-labelledby={headingId} m={0} miw={0}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
          <Title order={2} size="h4" id={headingId}>
            {lot.title}
          </Title>
          <Text size="sm" c="dimmed">
            {t('outcome.lotSummary', { category: categoryName(lot.category, currentLanguage()), quantity })}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {outcomeParts.map((part) => (
            <TextInput
              key={part}
              label={t(`outcome.parts.${part}`)}
              inputMode="decimal"
              autoComplete="off"
              rightSection={<Text size="sm" c="dimmed">{unit}</Text>}
              rightSectionWidth={52}
              value={values[part]}
              onChange={(event) => onChange(part, event.currentTarget.value)}
              error={showErrors && check.invalid.includes(part) ? t('outcome.invalidNumber') : check.over ? true : undefined}
            />
          ))}
        </SimpleGrid>
        <Text size="sm" c={status.tone === 'error' ? 'var(--mantine-color-error)' : status.tone === 'ok' ? 'moss.8' : undefined} aria-live="polite" fw={status.tone === 'error' ? 600 : undefined}>
          {status.text}
        </Text>
        {serverError && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {serverError}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
