import { Badge } from '@mantine/core';
import type { ReservationStatus } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { URGENT_TEXT } from '../utils/colors';

// A light tint of the colour, with text in its darkest shade so that it stays above 4.5:1.
const colors: Record<ReservationStatus, string> = {
  pending: 'orange',
  accepted: 'moss',
  collected: 'blue',
  declined: 'red',
  cancelled: 'gray',
  expired: 'gray',
};

export function ReservationStatusBadge({ status }: { status: ReservationStatus }) {
  const { t } = useTranslation();
  const color = colors[status];
  return (
    <Badge variant="light" color={color} c={status === 'pending' ? URGENT_TEXT : `${color}.9`} radius="sm" size="lg" tt="none" fw={600} style={{ flex: 'none' }}>
      {t(`reservations.status.${status}`)}
    </Badge>
  );
}
