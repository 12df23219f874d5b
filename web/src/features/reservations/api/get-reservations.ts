import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Reservation } from '@byg360/shared';
import { api } from '../../../lib/api-client';

/** `requester`: the reservations I asked for; `contractor`: requests for my organisation's lots. */
export type ReservationSide = 'requester' | 'contractor';

export interface ReservationFilters {
  as: ReservationSide;
  lotId?: string;
}

/** All of them, newest first (the server caps the list at 500); status filters are applied on the page, so that it can count per status. */
export async function getReservations({ as, lotId, signal }: ReservationFilters & { signal?: AbortSignal }): Promise<Reservation[]> {
  const { reservations } = await api.get<{ reservations: Reservation[] }>('/api/reservations', { query: { as, lotId }, signal });
  return reservations;
}

/** Without filters the key covers every reservation list, for invalidation after a change. */
export const reservationsQueryOptions = (filters?: ReservationFilters) =>
  queryOptions({
    queryKey: filters ? ['reservations', filters.as, { lotId: filters.lotId ?? null }] : ['reservations'],
    queryFn: ({ signal }) => getReservations({ as: filters?.as ?? 'requester', lotId: filters?.lotId, signal }),
    staleTime: 15_000,
  });

export function useReservations(filters: ReservationFilters, { enabled = true, refetchInterval }: { enabled?: boolean; refetchInterval?: number } = {}) {
  return useQuery({ ...reservationsQueryOptions(filters), enabled, refetchInterval, refetchOnWindowFocus: true });
}
