import { Button, Checkbox, Collapse, Fieldset, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { buildingUses, type Municipality, type Project } from '@byg360/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateField } from '../../../components/date-field';
import { FormFrame } from '../../../components/form-frame';
import { DateRangeFields, GrowingTextarea } from '../../../components/form-fields';
import { FormSection } from '../../../components/form-section';
import { PointPicker } from '../../../components/map/point-picker';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { useCreateProject } from '../api/create-project';
import { useUpdateProject } from '../api/update-project';
import {
  describeProjectError,
  initialProjectValues,
  projectValuesOf,
  toProjectBody,
  validateProject,
  type ProjectFormValues,
} from '../utils/project-form-values';
import classes from './project-form.module.css';

interface ProjectFormProps {
  /** The project being edited; without it the form creates one. */
  project?: Project;
  municipalities: readonly Municipality[];
  municipalitiesLoading: boolean;
  defaultMunicipalityCode: string | null;
  onSaved: (project: Project) => void;
  cancelHref: string;
}

const findings = ['asbestos', 'pcb', 'lead'] as const;

export function ProjectForm({ project, municipalities, municipalitiesLoading, defaultMunicipalityCode, onSaved, cancelHref }: ProjectFormProps) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const { ref, focusFirstInvalid } = useFocusFirstInvalid();
  const form = useForm<ProjectFormValues>({
    initialValues: project ? projectValuesOf(project) : initialProjectValues(defaultMunicipalityCode),
    validate: (values) => validateProject(values, t),
  });
  const onError = (error: unknown) => {
    const display = describeProjectError(error, t);
    form.setErrors(display.fieldErrors);
    setFormError(display.formError);
    focusFirstInvalid();
  };
  const create = useCreateProject({ onSuccess: onSaved, onError });
  const update = useUpdateProject({ onSuccess: onSaved, onError });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    const body = toProjectBody(values);
    if (project) update.mutate({ id: project.id, body });
    else create.mutate(body);
  }, focusFirstInvalid);

  const initialCenter = project ? { lat: project.lat, lon: project.lon } : undefined;

  return (
    <FormFrame ref={ref} onSubmit={submit} error={formError}>
      <FormSection title={t('projects.form.projectSection')}>
        <TextInput label={t('projects.fields.title')} description={t('projects.fields.titleHint')} required {...form.getInputProps('title')} />
        <GrowingTextarea
          label={t('projects.fields.description')}
          description={t('projects.fields.descriptionHint')}
          maxRows={10}
          {...form.getInputProps('description')}
        />
      </FormSection>

      <FormSection title={t('projects.form.placeSection')} intro={t('projects.form.placeIntro')}>
        <TextInput label={t('projects.fields.address')} autoComplete="street-address" required {...form.getInputProps('address')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            label={t('projects.fields.postcode')}
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={4}
            required
            {...form.getInputProps('postcode')}
          />
          <TextInput label={t('projects.fields.city')} autoComplete="address-level2" {...form.getInputProps('city')} />
        </SimpleGrid>
        <Select
          label={t('projects.fields.municipality')}
          placeholder={municipalitiesLoading ? t('app.loading') : t('fields.municipalityPlaceholder')}
          disabled={municipalitiesLoading}
          data={municipalities.map((m) => ({ value: m.code, label: m.name }))}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('fields.nothingFound')}
          required
          {...form.getInputProps('municipalityCode')}
        />
        <PointPicker
          label={t('projects.fields.location')}
          description={t('projects.fields.locationHint')}
          value={form.values.location}
          onChange={(point) => {
            form.setFieldValue('location', point);
            form.clearFieldError('location');
          }}
          error={form.errors.location as string | undefined}
          initialCenter={initialCenter}
        />
      </FormSection>

      <FormSection title={t('projects.form.buildingSection')}>
        <Select
          label={t('projects.fields.buildingUse')}
          placeholder={t('projects.fields.buildingUsePlaceholder')}
          data={buildingUses.map((use) => ({ value: use, label: t(`projects.buildingUses.${use}`) }))}
          allowDeselect={false}
          required
          {...form.getInputProps('buildingUse')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput label={t('projects.fields.constructionYear')} inputMode="numeric" maxLength={4} {...form.getInputProps('constructionYear')} />
          <TextInput
            label={t('projects.fields.floorArea')}
            inputMode="decimal"
            rightSection={t('projects.fields.squareMetres')}
            rightSectionWidth={44}
            {...form.getInputProps('floorAreaM2')}
          />
        </SimpleGrid>
      </FormSection>

      <FormSection title={t('projects.form.harvestSection')} intro={t('projects.form.harvestIntro')}>
        <DateRangeFields
          from={{ label: t('projects.fields.harvestFrom'), ...form.getInputProps('harvestFrom') }}
          to={{ label: t('projects.fields.harvestTo'), ...form.getInputProps('harvestTo') }}
        />
      </FormSection>

      <FormSection title={t('projects.form.screeningSection')} intro={t('projects.form.screeningIntro')}>
        <Checkbox size="md" label={t('projects.fields.screeningDone')} {...form.getInputProps('screening.done', { type: 'checkbox' })} />
        <Collapse expanded={form.values.screening.done}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <DateField label={t('projects.fields.screeningDate')} required {...form.getInputProps('screening.date')} />
              <TextInput label={t('projects.fields.screeningReport')} {...form.getInputProps('screening.reportRef')} />
            </SimpleGrid>
            <Fieldset variant="unstyled" legend={t('projects.fields.findings')} className={classes.findings}>
              <Group gap="lg" mt={6}>
                {findings.map((finding) => (
                  <Checkbox
                    size="md"
                    key={finding}
                    label={t(`projects.findings.${finding}`)}
                    {...form.getInputProps(`screening.findings.${finding}`, { type: 'checkbox' })}
                  />
                ))}
              </Group>
            </Fieldset>
            <TextInput label={t('projects.fields.findingsOther')} {...form.getInputProps('screening.findings.other')} />
          </Stack>
        </Collapse>
      </FormSection>

      <Group justify="space-between">
        <Button component={Link} to={cancelHref} variant="subtle">
          {t('pageState.cancel')}
        </Button>
        <Button type="submit" loading={create.isPending || update.isPending}>
          {project ? t('projects.form.saveChanges') : t('projects.form.create')}
        </Button>
      </Group>
    </FormFrame>
  );
}
