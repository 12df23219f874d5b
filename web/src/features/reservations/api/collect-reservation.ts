import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Reservation } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { invalidateAfterReservationChange } from './invalidate';

/** The lot's organisation records that an accepted reservation was picked up. */
export function collectReservation({ id, reason = null }: { id: string; reason?: string | null }): Promise<Reservation> {
  return api.post<Reservation>(`/api/reservations/${encodeURIComponent(id)}/collect`, { reason });
}

export function useCollectReservation({ onSuccess, ...config }: MutationConfig<typeof collectReservation> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: collectReservation,
    onSuccess: async (reservation, ...rest) => {
      await invalidateAfterReservationChange(queryClient, reservation.lot.id);
      await onSuccess?.(reservation, ...rest);
    },
  });
}
