import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUser } from '../api/get-me';

/** Tells a member why they cannot act for their organisation yet; nothing for everyone else. */
export function MembershipNotice() {
  const { t } = useTranslation();
  const { data: user } = useUser();
  const organisation = user?.organisation;
  if (!user || !organisation) return null;

  let message: string | null = null;
  if (!organisation.verified) message = t('membership.organisationUnverified', { organisation: organisation.name });
  else if (!user.membershipApproved) message = t('membership.membershipPending', { organisation: organisation.name });
  if (!message) return null;

  return (
    <Alert variant="light" color="blue" title={t('membership.title')} mb="lg">
      {message}
    </Alert>
  );
}
