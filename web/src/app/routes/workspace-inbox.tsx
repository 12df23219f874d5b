import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContentLayout } from '../../components/content-layout';
import { ReservationInbox } from '../../features/reservations/components/reservation-inbox';
import { RequireContractor } from '../layout/require-contractor';

export function WorkspaceInboxRoute() {
  const { t } = useTranslation();
  return (
    <RequireContractor>
      {(user) => (
        <ContentLayout title={t('reservations.inbox.title')} intro={t('reservations.inbox.intro')}>
          {user.organisation && user.membershipApproved ? (
            <ReservationInbox />
          ) : (
            <Alert color="blue" variant="light">
              <Text>{t('reservations.inbox.notMember')}</Text>
            </Alert>
          )}
        </ContentLayout>
      )}
    </RequireContractor>
  );
}
