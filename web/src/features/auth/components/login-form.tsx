import { Button } from '@mantine/core';
import { useForm } from '@mantine/form';
import { loginBodySchema, type LoginBody, type User } from '@byg360/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFrame } from '../../../components/form-frame';
import { PasswordField } from '../../../components/password-field';
import { describeApiError, schemaErrors } from '../../../lib/form-errors';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { useLogin } from '../api/login';
import { EmailField } from './email-field';

const FIELDS = ['email', 'password'] as const;

export function LoginForm({ onSuccess }: { onSuccess: (user: User) => void }) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const { ref, focusFirstInvalid } = useFocusFirstInvalid();
  const form = useForm<LoginBody>({
    initialValues: { email: '', password: '' },
    validate: (values) => schemaErrors(loginBodySchema, values, t),
  });
  const login = useLogin({
    onSuccess: (session) => onSuccess(session.user),
    onError: (error) => {
      const display = describeApiError(error, t, { fields: FIELDS, messages: { 401: t('errors.wrongCredentials') } });
      form.setErrors(display.fieldErrors);
      setFormError(display.formError);
      focusFirstInvalid();
    },
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    login.mutate(values);
  }, focusFirstInvalid);

  return (
    <FormFrame ref={ref} onSubmit={submit} error={formError} gap="md">
      <EmailField {...form.getInputProps('email')} />
      <PasswordField
        label={t('fields.password')}
        autoComplete="current-password"
        required
        {...form.getInputProps('password')}
      />
      <Button type="submit" loading={login.isPending} fullWidth mt="xs">
        {t('loginPage.submit')}
      </Button>
    </FormFrame>
  );
}
