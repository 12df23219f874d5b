import { TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

/** The account's e-mail address, marked so that browsers and password managers fill it in. */
export function EmailField(inputProps: GetInputPropsReturnType) {
  const { t } = useTranslation();
  return <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...inputProps} />;
}
