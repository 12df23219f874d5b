import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { buildingUses, constructionTypes, type PlannedDemolition } from '@byg360/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFrame } from '../../../components/form-frame';
import { GrowingTextarea } from '../../../components/form-fields';
import { currentLanguage } from '../../../lib/i18n';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { useCreatePlannedDemolition } from '../api/create-planned-demolition';
import { useUpdatePlannedDemolition } from '../api/update-planned-demolition';
import {
  describePlannedError,
  initialPlannedValues,
  plannedValuesOf,
  toPlannedBody,
  toPlannedChanges,
  validatePlanned,
  type PlannedFormValues,
} from '../utils/planned-form-values';

interface PlannedDemolitionFormProps {
  /** The record being changed; without it the form registers a new one. */
  plannedDemolition?: PlannedDemolition;
  /** Administrators pick the municipality (or it follows from the postcode); null for planners. */
  municipalities: readonly { code: string; name: string }[] | null;
  onSaved: (saved: PlannedDemolition) => void;
  onCancel?: () => void;
}

/** A building expected to come down: where, what kind, how big, and when. The estimate follows from these. */
export function PlannedDemolitionForm({ plannedDemolition, municipalities, onSaved, onCancel }: PlannedDemolitionFormProps) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const { ref, focusFirstInvalid } = useFocusFirstInvalid();
  const form = useForm<PlannedFormValues>({
    initialValues: plannedDemolition ? plannedValuesOf(plannedDemolition, currentLanguage()) : initialPlannedValues(),
    validate: (values) => validatePlanned(values, t),
  });
  const onError = (error: unknown) => {
    const display = describePlannedError(error, t);
    form.setErrors(display.fieldErrors);
    setFormError(display.formError);
    focusFirstInvalid();
  };
  const create = useCreatePlannedDemolition({
    onSuccess: (saved) => {
      form.setValues(initialPlannedValues());
      form.resetDirty();
      onSaved(saved);
    },
    onError,
  });
  const update = useUpdatePlannedDemolition({ onSuccess: onSaved, onError });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    if (plannedDemolition) update.mutate({ id: plannedDemolition.id, body: toPlannedChanges(values) });
    else create.mutate(toPlannedBody(values));
  }, focusFirstInvalid);

  return (
    <FormFrame ref={ref} onSubmit={submit} error={formError} gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput
          label={t('planned.fields.address')}
          description={t('planned.fields.addressHint')}
          autoComplete="off"
          style={{ gridColumn: 'span 2' }}
          {...form.getInputProps('address')}
        />
        <TextInput
          label={t('planned.fields.postcode')}
          description={t('planned.fields.postcodeHint')}
          inputMode="numeric"
          maxLength={4}
          {...form.getInputProps('postcode')}
        />
      </SimpleGrid>
      {municipalities && (
        <Select
          label={t('planned.fields.municipality')}
          description={t('planned.fields.municipalityHint')}
          placeholder={t('fields.municipalityPlaceholder')}
          data={municipalities.map((m) => ({ value: m.code, label: m.name }))}
          searchable
          clearable
          nothingFoundMessage={t('fields.nothingFound')}
          {...form.getInputProps('municipalityCode')}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label={t('planned.fields.buildingUse')}
          placeholder={t('planned.fields.choose')}
          data={buildingUses.map((use) => ({ value: use, label: t(`planned.buildingUses.${use}`) }))}
          allowDeselect={false}
          required
          {...form.getInputProps('buildingUse')}
        />
        <Select
          label={t('planned.fields.constructionType')}
          placeholder={t('planned.fields.choose')}
          data={constructionTypes.map((type) => ({ value: type, label: t(`planned.constructionTypes.${type}`) }))}
          allowDeselect={false}
          required
          {...form.getInputProps('constructionType')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput label={t('planned.fields.constructionYear')} inputMode="numeric" maxLength={4} {...form.getInputProps('constructionYear')} />
        <TextInput
          label={t('planned.fields.floorArea')}
          inputMode="decimal"
          rightSection="m²"
          rightSectionWidth={40}
          required
          {...form.getInputProps('floorAreaM2')}
        />
        <TextInput label={t('planned.fields.expectedYear')} inputMode="numeric" maxLength={4} required {...form.getInputProps('expectedYear')} />
      </SimpleGrid>
      <GrowingTextarea label={t('planned.fields.note')} minRows={2} maxRows={6} {...form.getInputProps('note')} />
      <Group justify="flex-end" gap="sm">
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t('planned.form.cancel')}
          </Button>
        )}
        <Button type="submit" loading={create.isPending || update.isPending}>
          {plannedDemolition ? t('planned.form.save') : t('planned.form.create')}
        </Button>
      </Group>
    </FormFrame>
  );
}
