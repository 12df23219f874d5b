import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine 9's PasswordInput links its error with aria-describedby but, unlike TextInput, leaves
 * aria-invalid off the input, and labels its visibility toggle in English only.
 */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      aria-invalid={props.error ? true : undefined}
      visibilityToggleButtonProps={{ 'aria-label': t('fields.togglePasswordVisibility') }}
      {...props}
    />
  );
}
