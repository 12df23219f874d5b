import { Chip, Group, Text } from '@mantine/core';
import { reservationStatuses, type ReservationStatus } from '@byg360/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusFilter } from '../utils/status-filter';

interface StatusFilterChipsProps {
  value: StatusFilter;
  onChange: (value: StatusFilter) => void;
  counts: Record<ReservationStatus, number>;
  total: number;
}

/** One choice among "all" and the statuses, each with its count; statuses with nothing in them are left out. */
export function StatusFilterChips({ value, onChange, counts, total }: StatusFilterChipsProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const shown = reservationStatuses.filter((status) => counts[status] > 0 || status === value);
  return (
    <Group gap="xs" align="center" role="radiogroup" aria-labelledby={labelId}>
      <Text id={labelId} size="sm" fw={600} mr={4}>
        {t('reservations.filters.status')}
      </Text>
      <Chip.Group multiple={false} value={value} onChange={(next) => onChange(next as StatusFilter)}>
        <Chip value="all" variant="outline" size="sm">
          {t('reservations.filters.withCount', { label: t('reservations.filters.all'), count: total })}
        </Chip>
        {shown.map((status) => (
          <Chip key={status} value={status} variant="outline" size="sm">
            {t('reservations.filters.withCount', { label: t(`reservations.status.${status}`), count: counts[status] })}
          </Chip>
        ))}
      </Chip.Group>
    </Group>
  );
}
