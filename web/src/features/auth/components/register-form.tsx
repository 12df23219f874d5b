import { Button, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PASSWORD_MIN_LENGTH, registerBodySchema, registrableRoles, type User } from '@byg360/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFrame } from '../../../components/form-frame';
import { PasswordField } from '../../../components/password-field';
import { describeApiError, schemaErrors } from '../../../lib/form-errors';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { useRegister } from '../api/register';
import {
  initialRegisterValues,
  kindsForRole,
  REGISTER_CHOICE_FIELDS,
  REGISTER_FIELDS,
  toRegisterBody,
  type RegisterFormValues,
  type RegistrableRole,
} from '../utils/register-values';
import { EmailField } from './email-field';
import { OrganisationFields } from './organisation-fields';

export function RegisterForm({ onSuccess }: { onSuccess: (user: User) => void }) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const { ref, focusFirstInvalid } = useFocusFirstInvalid();
  const form = useForm<RegisterFormValues>({
    initialValues: initialRegisterValues(),
    // Validates exactly what will be sent, with the schema the server uses.
    validate: (values) =>
      schemaErrors(registerBodySchema, toRegisterBody(values), t, { choiceFields: REGISTER_CHOICE_FIELDS }),
  });
  const register = useRegister({
    onSuccess: (session) => onSuccess(session.user),
    onError: (error) => {
      const display = describeApiError(error, t, { fields: REGISTER_FIELDS });
      form.setErrors(display.fieldErrors);
      setFormError(display.formError);
      focusFirstInvalid();
    },
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    register.mutate(toRegisterBody(values));
  }, focusFirstInvalid);

  const changeRole = (value: string) => {
    const role = value as RegistrableRole;
    form.setFieldValue('role', role);
    // An organisation picked or a kind chosen for the previous role would not fit the new one.
    form.setFieldValue('organisation.joinId', null);
    const [firstKind] = kindsForRole(role);
    if (firstKind) form.setFieldValue('organisation.create.kind', firstKind);
  };

  return (
    <FormFrame ref={ref} onSubmit={submit} error={formError} gap="md">
      <TextInput label={t('fields.name')} autoComplete="name" required {...form.getInputProps('name')} />
      <EmailField {...form.getInputProps('email')} />
      <PasswordField
        label={t('fields.password')}
        description={t('fields.passwordRule', { count: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        required
        {...form.getInputProps('password')}
      />
      <Radio.Group label={t('fields.role')} required {...form.getInputProps('role')} onChange={changeRole}>
        <Stack gap="sm" mt="xs">
          {registrableRoles.map((role) => (
            <Radio key={role} value={role} label={t(`roles.${role}`)} description={t(`roleDescriptions.${role}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {form.values.role !== 'citizen' && <OrganisationFields form={form} />}
      <Button type="submit" loading={register.isPending} fullWidth mt="xs">
        {t('registerPage.submit')}
      </Button>
    </FormFrame>
  );
}
