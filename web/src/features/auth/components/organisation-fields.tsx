import { Alert, Group, Paper, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { OrganisationKind } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { useMunicipalities } from '../api/get-municipalities';
import { useOrganisations } from '../api/get-organisations';
import { kindsForRole, type RegisterFormValues } from '../utils/register-values';

type RegisterForm = UseFormReturnType<RegisterFormValues>;

/** For roles that act for an organisation: join a verified one, or found a new one. */
export function OrganisationFields({ form }: { form: RegisterForm }) {
  const { t } = useTranslation();
  const kinds = kindsForRole(form.values.role);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Radio.Group
          label={t('fields.organisationMode')}
          required
          {...form.getInputProps('organisationMode')}
          error={form.errors.organisation}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="join" label={t('organisation.join')} />
            <Radio value="create" label={t('organisation.create')} />
          </Stack>
        </Radio.Group>
        {form.values.organisationMode === 'join' ? (
          <JoinOrganisation form={form} kinds={kinds} />
        ) : (
          <CreateOrganisation form={form} kinds={kinds} />
        )}
      </Stack>
    </Paper>
  );
}

interface SectionProps {
  form: RegisterForm;
  kinds: readonly OrganisationKind[];
}

function JoinOrganisation({ form, kinds }: SectionProps) {
  const { t } = useTranslation();
  const { organisations, isPending, isError } = useOrganisations({ kinds });
  if (isError) return <LoadFailed />;
  if (!isPending && organisations.length === 0) return <Text>{t('organisation.noneToJoin')}</Text>;

  const data = organisations.map((organisation) => ({
    value: organisation.id,
    label:
      kinds.length > 1
        ? t('organisation.optionWithKind', { name: organisation.name, kind: t(`organisationKinds.${organisation.kind}`) })
        : organisation.name,
  }));
  return (
    <Select
      label={t('fields.organisation')}
      description={t('organisation.joinNote')}
      placeholder={isPending ? t('app.loading') : t('fields.organisationPlaceholder')}
      disabled={isPending}
      data={data}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('fields.nothingFound')}
      required
      {...form.getInputProps('organisation.joinId')}
    />
  );
}

function CreateOrganisation({ form, kinds }: SectionProps) {
  const { t } = useTranslation();
  const municipalities = useMunicipalities();
  const [onlyKind] = kinds;
  return (
    <Stack gap="md">
      <TextInput
        label={t('fields.organisationName')}
        autoComplete="organization"
        required
        {...form.getInputProps('organisation.create.name')}
      />
      {kinds.length > 1 ? (
        <Radio.Group label={t('fields.organisationKind')} required {...form.getInputProps('organisation.create.kind')}>
          <Group gap="lg" mt="xs">
            {kinds.map((kind) => (
              <Radio key={kind} value={kind} label={t(`organisationKinds.${kind}`)} />
            ))}
          </Group>
        </Radio.Group>
      ) : (
        onlyKind && <Text size="sm">{t('organisation.kindOnly', { kind: t(`organisationKinds.${onlyKind}`) })}</Text>
      )}
      {municipalities.isError ? (
        <LoadFailed />
      ) : (
        <Select
          label={t('fields.municipality')}
          placeholder={municipalities.isPending ? t('app.loading') : t('fields.municipalityPlaceholder')}
          disabled={municipalities.isPending}
          data={(municipalities.data ?? []).map((municipality) => ({ value: municipality.code, label: municipality.name }))}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('fields.nothingFound')}
          required
          {...form.getInputProps('organisation.create.municipalityCode')}
        />
      )}
      <TextInput
        label={t('fields.cvr')}
        description={t('fields.cvrHint')}
        inputMode="numeric"
        maxLength={8}
        autoComplete="off"
        {...form.getInputProps('organisation.create.cvr')}
      />
      <Alert variant="light" color="blue">
        {t('organisation.createNote')}
      </Alert>
    </Stack>
  );
}

function LoadFailed() {
  const { t } = useTranslation();
  return (
    <Alert variant="light" color="red" role="alert">
      {t('organisation.loadFailed')}
    </Alert>
  );
}
