import { Button, Group, NumberInput, SegmentedControl, Select, SimpleGrid, TextInput, Input } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Category, Unit, Wanted } from '@byg360/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateField } from '../../../components/date-field';
import { FormFrame } from '../../../components/form-frame';
import { GrowingTextarea } from '../../../components/form-fields';
import { FormSection } from '../../../components/form-section';
import { PointPicker } from '../../../components/map/point-picker';
import { toDanishWallTime } from '../../../lib/copenhagen-time';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { useCreateWanted } from '../api/create-wanted';
import { categoryOptions, type Language } from '../utils/categories';
import {
  describeWantedError,
  initialWantedValues,
  toWantedBody,
  unitsFor,
  validateWanted,
  type PlaceMode,
  type WantedFormValues,
} from '../utils/wanted-form-values';

interface WantedFormProps {
  categories: readonly Category[];
  categoriesLoading: boolean;
  language: Language;
  onSaved: (wanted: Wanted) => void;
  cancelHref: string;
}

/** "Post wanted": what, how much, where (postcode or a point on the map) and how far, and by when. */
export function WantedForm({ categories, categoriesLoading, language, onSaved, cancelHref }: WantedFormProps) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const { ref, focusFirstInvalid } = useFocusFirstInvalid();
  const today = toDanishWallTime(Date.now()).slice(0, 10);
  const form = useForm<WantedFormValues>({
    initialValues: initialWantedValues(),
    validate: (values) => validateWanted(values, today, t),
  });
  const create = useCreateWanted({
    onSuccess: onSaved,
    onError: (error) => {
      const display = describeWantedError(error, t);
      form.setErrors(display.fieldErrors);
      setFormError(display.formError);
      focusFirstInvalid();
    },
  });

  const category = categories.find((c) => c.id === form.values.categoryId);
  const units = unitsFor(category);

  const submit = form.onSubmit((values) => {
    setFormError(null);
    create.mutate(toWantedBody(values));
  }, focusFirstInvalid);

  return (
    <FormFrame ref={ref} onSubmit={submit} error={formError}>
      <FormSection title={t('wanted.form.whatSection')}>
        <Select
          label={t('wanted.fields.category')}
          description={t('wanted.fields.categoryHint')}
          placeholder={categoriesLoading ? t('app.loading') : t('wanted.fields.categoryPlaceholder')}
          disabled={categoriesLoading}
          data={categoryOptions(categories, language, (name) => t('wanted.fields.anyOf', { name }))}
          searchable
          nothingFoundMessage={t('fields.nothingFound')}
          required
          {...form.getInputProps('categoryId')}
          onChange={(value) => {
            form.setFieldValue('categoryId', value);
            const next = categories.find((c) => c.id === value);
            const unit = form.values.unit;
            if (!unit || !next?.allowedUnits.includes(unit)) form.setFieldValue('unit', next?.defaultUnit ?? null);
            form.clearFieldError('categoryId');
          }}
        />
        <TextInput label={t('wanted.fields.title')} description={t('wanted.fields.titleHint')} maxLength={200} {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput label={t('wanted.fields.quantity')} description={t('wanted.fields.quantityHint')} inputMode="decimal" {...form.getInputProps('quantity')} />
          <Select
            label={t('wanted.fields.unit')}
            description={t('wanted.fields.unitHint')}
            placeholder={category ? undefined : t('wanted.fields.unitPlaceholder')}
            data={units.map((unit: Unit) => ({ value: unit, label: t(`search.units.${unit}`) }))}
            disabled={!category}
            allowDeselect={false}
            {...form.getInputProps('unit')}
          />
        </SimpleGrid>
        <GrowingTextarea
          label={t('wanted.fields.note')}
          description={t('wanted.fields.noteHint')}
          maxRows={8}
          maxLength={2000}
          {...form.getInputProps('note')}
        />
      </FormSection>

      <FormSection title={t('wanted.form.whereSection')} intro={t('wanted.form.whereIntro')}>
        <Input.Wrapper label={t('wanted.fields.placeMode')} labelElement="div">
          <SegmentedControl
            mt={4}
            fullWidth
            value={form.values.placeMode}
            onChange={(value) => {
              form.setFieldValue('placeMode', value as PlaceMode);
              form.clearFieldError('postcode');
              form.clearFieldError('point');
            }}
            data={[
              { value: 'postcode', label: t('wanted.fields.byPostcode') },
              { value: 'map', label: t('wanted.fields.byMap') },
            ]}
          />
        </Input.Wrapper>
        {form.values.placeMode === 'postcode' ? (
          <TextInput
            label={t('wanted.fields.postcode')}
            description={t('wanted.fields.postcodeHint')}
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={4}
            required
            w={{ base: '100%', xs: 220 }}
            {...form.getInputProps('postcode')}
          />
        ) : (
          <PointPicker
            label={t('wanted.fields.point')}
            description={t('wanted.fields.pointHint')}
            emptyText={t('wanted.fields.noPoint')}
            value={form.values.point}
            onChange={(point) => {
              form.setFieldValue('point', point);
              form.clearFieldError('point');
            }}
            error={form.errors.point as string | undefined}
          />
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <NumberInput
            size="md"
            label={t('wanted.fields.radius')}
            description={t('wanted.fields.radiusHint')}
            min={1}
            max={500}
            allowNegative={false}
            allowDecimal={false}
            suffix=" km"
            {...form.getInputProps('radiusKm')}
          />
          <DateField
            label={t('wanted.fields.neededBy')}
            description={t('wanted.fields.neededByHint')}
            min={today}
            {...form.getInputProps('neededBy')}
          />
        </SimpleGrid>
      </FormSection>

      <Group justify="space-between">
        <Button component={Link} to={cancelHref} variant="subtle">
          {t('wanted.form.cancel')}
        </Button>
        <Button type="submit" loading={create.isPending}>
          {t('wanted.form.submit')}
        </Button>
      </Group>
    </FormFrame>
  );
}
