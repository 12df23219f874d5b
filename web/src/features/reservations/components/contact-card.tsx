import { Anchor, DataList, Paper, Text, Title } from '@mantine/core';
import type { Reservation } from '@byg360/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The contractor's pick-up contact, which the requester sees once the request is accepted. */
export function ContactCard({ contact }: { contact: NonNullable<Reservation['contact']> }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="md" bg="moss.0" bd="1px solid var(--mantine-color-moss-3)">
      <Title order={3} size="h5" id={headingId} mb="xs">
        {t('reservations.contact.title')}
      </Title>
      <DataList size="sm" gap={6} labelWidth={150}>
        <DataList.Item>
          <DataList.ItemLabel>{t('reservations.contact.organisation')}</DataList.ItemLabel>
          <DataList.ItemValue>{contact.organisation}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('reservations.contact.name')}</DataList.ItemLabel>
          <DataList.ItemValue>{contact.name}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('reservations.contact.email')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <Anchor href={`mailto:${contact.email}`} inherit>{contact.email}</Anchor>
          </DataList.ItemValue>
        </DataList.Item>
        {contact.phone && (
          <DataList.Item>
            <DataList.ItemLabel>{t('reservations.contact.phone')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Anchor href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`} inherit>{contact.phone}</Anchor>
            </DataList.ItemValue>
          </DataList.Item>
        )}
        <DataList.Item>
          <DataList.ItemLabel>{t('reservations.contact.address')}</DataList.ItemLabel>
          <DataList.ItemValue>{contact.address}</DataList.ItemValue>
        </DataList.Item>
      </DataList>
      <Text size="sm" c="dimmed" mt="xs">
        {t('reservations.contact.hint')}
      </Text>
    </Paper>
  );
}
