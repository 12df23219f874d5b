import { DataList, Text } from '@mantine/core';
import type { Reservation } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { formatDanishDateTime, formatRelative } from '../../../lib/copenhagen-time';
import { useFormat } from '../../../lib/format';
import { isLanguage, type Language } from '../../../lib/i18n';
import { useNow } from '../../../lib/use-now';
import { URGENT_TEXT } from '../utils/colors';
import { unitLabel } from '../utils/units';

interface ReservationFactsProps {
  reservation: Reservation;
  /** The contractor sees who asked; the requester sees the project and who offers the lot. */
  side: 'requester' | 'contractor';
}

/** What, how much, when: the facts of one reservation as a description list. */
export function ReservationFacts({ reservation: r, side }: ReservationFactsProps) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'da';
  const format = useFormat();
  const now = useNow(30_000);
  const expired = Date.parse(r.expiresAt) <= now;

  return (
    <DataList size="sm" gap={6} labelWidth={130}>
      {side === 'contractor' && (
        <DataList.Item>
          <DataList.ItemLabel>{t('reservations.card.requester')}</DataList.ItemLabel>
          <DataList.ItemValue fw={600}>{r.requester.name}</DataList.ItemValue>
        </DataList.Item>
      )}
      <DataList.Item>
        <DataList.ItemLabel>{t('reservations.card.quantity')}</DataList.ItemLabel>
        <DataList.ItemValue fw={600}>
          {format.number(r.quantity)} {unitLabel(r.lot.unit, t)}
        </DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t('reservations.card.pickupAt')}</DataList.ItemLabel>
        <DataList.ItemValue>{formatDanishDateTime(r.pickupAt, language)}</DataList.ItemValue>
      </DataList.Item>
      {side === 'requester' && (
        <DataList.Item>
          <DataList.ItemLabel>{t('reservations.card.organisation')}</DataList.ItemLabel>
          <DataList.ItemValue>
            {r.lot.organisation} · {r.lot.projectTitle}
          </DataList.ItemValue>
        </DataList.Item>
      )}
      <DataList.Item>
        <DataList.ItemLabel>{t('reservations.card.requestedAt')}</DataList.ItemLabel>
        <DataList.ItemValue>{formatDanishDateTime(r.createdAt, language)}</DataList.ItemValue>
      </DataList.Item>
      {r.status === 'pending' && (
        <DataList.Item>
          <DataList.ItemLabel>{t('reservations.card.expires')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <Text span inherit fw={side === 'contractor' ? 600 : undefined} c={side === 'contractor' && !expired ? URGENT_TEXT : undefined}>
              {expired ? t('reservations.status.expired') : t('reservations.card.expiresIn', { relative: formatRelative(r.expiresAt, now, language) })}
            </Text>{' '}
            <Text span inherit c="dimmed">
              ({formatDanishDateTime(r.expiresAt, language)})
            </Text>
          </DataList.ItemValue>
        </DataList.Item>
      )}
      {(side === 'contractor' || r.message) && (
        <DataList.Item>
          <DataList.ItemLabel>{t('reservations.card.message')}</DataList.ItemLabel>
          <DataList.ItemValue style={{ whiteSpace: 'pre-line' }} c={r.message ? undefined : 'dimmed'}>
            {r.message ?? t('reservations.card.noMessage')}
          </DataList.ItemValue>
        </DataList.Item>
      )}
      {r.reason && (r.status === 'declined' || r.status === 'cancelled') && (
        <DataList.Item>
          <DataList.ItemLabel>{t('reservations.card.reason')}</DataList.ItemLabel>
          <DataList.ItemValue style={{ whiteSpace: 'pre-line' }}>{r.reason}</DataList.ItemValue>
        </DataList.Item>
      )}
    </DataList>
  );
}
