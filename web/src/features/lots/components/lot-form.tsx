import {
  Badge,
  Button,
  Checkbox,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { conditionGrades, type Lot, type Project } from '@byg360/shared';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormFrame } from '../../../components/form-frame';
import { DateRangeFields, GrowingTextarea } from '../../../components/form-fields';
import { FormSection } from '../../../components/form-section';
import { ErrorState } from '../../../components/query-state';
import { parseDecimal } from '../../../lib/decimal';
import { useFormat } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { useCreateLot } from '../api/create-lot';
import { useCategories } from '../api/get-categories';
import { useUpdateLot } from '../api/update-lot';
import { categoryOptions } from '../utils/categories';
import {
  describeLotError,
  initialLotValues,
  lotValuesOf,
  substances,
  toLotBody,
  toLotUpdateBody,
  unitsFor,
  validateLot,
  type LotFormValues,
} from '../utils/lot-form-values';
import { unitLabel } from '../utils/units';
import { LotEstimate } from './lot-estimate';

type Intent = 'draft' | 'published';

interface LotFormProps {
  project: Pick<Project, 'id' | 'harvestFrom' | 'harvestTo' | 'organisation'>;
  /** The lot being edited; without it the form creates one. */
  lot?: Lot;
  onSaved: (lot: Lot) => void;
  cancelHref: string;
  /** Rendered before the buttons: the photos. */
  extra?: ReactNode;
}

export function LotForm({ project, lot, onSaved, cancelHref, extra }: LotFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = currentLanguage();
  const categories = useCategories();
  const harvestWindow = { harvestFrom: project.harvestFrom, harvestTo: project.harvestTo };
  const [formError, setFormError] = useState<string | null>(null);
  const intent = useRef<Intent>('draft');
  const { ref, focusFirstInvalid } = useFocusFirstInvalid();

  const form = useForm<LotFormValues>({
    initialValues: lot ? lotValuesOf(lot) : initialLotValues(harvestWindow),
    validate: (values) => validateLot(values, harvestWindow, t),
  });
  const onError = (error: unknown) => {
    const display = describeLotError(error, t, format);
    form.setErrors(display.fieldErrors);
    setFormError(display.formError);
    focusFirstInvalid();
  };
  const create = useCreateLot({ onSuccess: onSaved, onError });
  const update = useUpdateLot({ onSuccess: onSaved, onError });
  const saving = create.isPending || update.isPending;

  const submit = form.onSubmit((values) => {
    setFormError(null);
    if (lot) update.mutate({ id: lot.id, body: toLotUpdateBody(values) });
    else create.mutate({ projectId: project.id, body: toLotBody(values, intent.current) });
  }, focusFirstInvalid);

  if (categories.isError) return <ErrorState error={categories.error} onRetry={() => void categories.refetch()} />;

  const category = categories.data?.find((c) => c.id === form.values.categoryId);
  const allowedUnits = unitsFor(category);
  const chooseCategory = (id: string | null) => {
    form.setFieldValue('categoryId', id);
    const next = categories.data?.find((c) => c.id === id);
    // Keep the unit when the new category allows it; otherwise start from its usual unit.
    if (next && (!form.values.unit || !next.allowedUnits.includes(form.values.unit))) form.setFieldValue('unit', next.defaultUnit);
  };
  const price = parseDecimal(form.values.priceDkk);
  const isFree = form.values.priceDkk.trim() === '' || (price !== null && price.units === 0n);
  const canPublish = project.organisation.verified;
  const windowText =
    project.harvestFrom && project.harvestTo
      ? t('lots.form.harvestWindow', { from: format.date(project.harvestFrom), to: format.date(project.harvestTo) })
      : t('lots.form.noHarvestWindow');

  return (
    <FormFrame ref={ref} onSubmit={submit} error={formError}>
      <FormSection title={t('lots.form.materialSection')}>
        <TextInput label={t('lots.fields.title')} description={t('lots.fields.titleHint')} required {...form.getInputProps('title')} />
        <Select
          label={t('lots.fields.category')}
          placeholder={categories.isPending ? t('app.loading') : t('lots.fields.categoryPlaceholder')}
          disabled={categories.isPending}
          data={categoryOptions(categories.data ?? [], language)}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('fields.nothingFound')}
          required
          maxDropdownHeight={320}
          {...form.getInputProps('categoryId')}
          onChange={chooseCategory}
        />
        <GrowingTextarea
          label={t('lots.fields.description')}
          description={t('lots.fields.descriptionHint')}
          maxRows={10}
          {...form.getInputProps('description')}
        />
      </FormSection>

      <FormSection title={t('lots.form.quantitySection')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('lots.fields.quantity')}
            description={t('lots.fields.quantityHint')}
            inputMode="decimal"
            autoComplete="off"
            required
            {...form.getInputProps('quantity')}
          />
          <Radio.Group
            label={t('lots.fields.unit')}
            description={category ? t('lots.fields.unitHint') : t('lots.fields.unitNeedsCategory')}
            required
            {...form.getInputProps('unit')}
          >
            <Group gap="md" mt="xs">
              {allowedUnits.map((unit) => (
                <Radio key={unit} value={unit} label={unitLabel(unit, t)} />
              ))}
            </Group>
          </Radio.Group>
        </SimpleGrid>
        <LotEstimate category={category} quantity={form.values.quantity} unit={form.values.unit} />
        <Radio.Group label={t('lots.fields.condition')} required {...form.getInputProps('condition')}>
          <Stack gap="sm" mt="xs">
            {conditionGrades.map((grade) => (
              <Radio
                key={grade}
                value={grade}
                label={t(`lots.conditions.${grade}.label`)}
                description={t(`lots.conditions.${grade}.description`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <TextInput
          label={t('lots.fields.dimensions')}
          description={t('lots.fields.dimensionsHint')}
          {...form.getInputProps('dimensions')}
        />
      </FormSection>

      <FormSection title={t('lots.form.priceSection')}>
        <TextInput
          label={t('lots.fields.price', { unit: form.values.unit ? unitLabel(form.values.unit, t) : t('lots.fields.perUnitFallback') })}
          description={t('lots.fields.priceHint')}
          inputMode="decimal"
          autoComplete="off"
          rightSectionWidth={90}
          rightSection={
            isFree ? (
              <Badge variant="light" size="sm">
                {t('lots.free')}
              </Badge>
            ) : (
              <Text size="sm" c="dimmed">
                {t('lots.fields.currency')}
              </Text>
            )
          }
          {...form.getInputProps('priceDkk')}
        />
        <Text size="sm">{windowText}</Text>
        <DateRangeFields
          from={{ label: t('lots.fields.availableFrom'), ...form.getInputProps('availableFrom') }}
          to={{ label: t('lots.fields.pickUpBy'), ...form.getInputProps('pickUpBy') }}
          min={project.harvestFrom ?? undefined}
          max={project.harvestTo ?? undefined}
        />
      </FormSection>

      <FormSection title={t('lots.form.hazardSection')} intro={t('lots.form.hazardIntro')}>
        <Checkbox.Group size="md" label={t('lots.fields.testedFree')} {...form.getInputProps('hazard.testedFree')}>
          <Group gap="lg" mt="xs">
            {substances.map((substance) => (
              <Checkbox size="md" key={substance} value={substance} label={t(`lots.substances.${substance}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <TextInput
          label={t('lots.fields.reportRef')}
          description={t('lots.fields.reportRefHint')}
          {...form.getInputProps('hazard.reportRef')}
        />
        <GrowingTextarea label={t('lots.fields.hazardNote')} description={t('lots.fields.hazardNoteHint')} minRows={2} {...form.getInputProps('hazard.note')} />
      </FormSection>

      {extra}

      <Group justify="space-between" gap="sm" wrap="wrap">
        <Button component={Link} to={cancelHref} variant="subtle">
          {t('pageState.cancel')}
        </Button>
        <Group gap="sm">
          {lot ? (
            <Button type="submit" loading={saving}>
              {t('lots.form.saveChanges')}
            </Button>
          ) : (
            <>
              <Button type="submit" variant="default" loading={saving && intent.current === 'draft'} disabled={saving} onClick={() => (intent.current = 'draft')}>
                {t('lots.form.saveDraft')}
              </Button>
              <Button
                type="submit"
                loading={saving && intent.current === 'published'}
                disabled={saving || !canPublish}
                onClick={() => (intent.current = 'published')}
              >
                {t('lots.form.saveAndPublish')}
              </Button>
            </>
          )}
        </Group>
      </Group>
      {!lot && !canPublish && (
        <Text size="sm" c="dimmed" ta="right">
          {t('lots.errors.notVerified')}
        </Text>
      )}
    </FormFrame>
  );
}
