import { reservationStatuses, type Reservation, type ReservationStatus } from '@byg360/shared';

export type StatusFilter = ReservationStatus | 'all';

/** The status filter from the URL (`?status=accepted`); anything else shows all. */
export function parseStatusFilter(value: string | null): StatusFilter {
  return (reservationStatuses as readonly string[]).includes(value ?? '') ? (value as ReservationStatus) : 'all';
}

export function countByStatus(reservations: readonly Reservation[]): Record<ReservationStatus, number> {
  const counts = Object.fromEntries(reservationStatuses.map((s) => [s, 0])) as Record<ReservationStatus, number>;
  for (const r of reservations) counts[r.status] += 1;
  return counts;
}

const order: Record<ReservationStatus, number> = { pending: 0, accepted: 1, collected: 2, declined: 3, cancelled: 4, expired: 5 };

/** What needs an answer first: pending by deadline, then accepted by pick-up time, then the rest newest first. */
export function inboxOrder(a: Reservation, b: Reservation): number {
  if (a.status !== b.status) return order[a.status] - order[b.status];
  if (a.status === 'pending') return a.expiresAt.localeCompare(b.expiresAt);
  if (a.status === 'accepted') return a.pickupAt.localeCompare(b.pickupAt);
  return b.createdAt.localeCompare(a.createdAt);
}
