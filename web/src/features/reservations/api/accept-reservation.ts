import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Reservation } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { invalidateAfterReservationChange } from './invalidate';

/** The lot's organisation accepts a pending request; the requester then sees the pick-up contact. */
export function acceptReservation({ id, reason = null }: { id: string; reason?: string | null }): Promise<Reservation> {
  return api.post<Reservation>(`/api/reservations/${encodeURIComponent(id)}/accept`, { reason });
}

export function useAcceptReservation({ onSuccess, ...config }: MutationConfig<typeof acceptReservation> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: acceptReservation,
    onSuccess: async (reservation, ...rest) => {
      await invalidateAfterReservationChange(queryClient, reservation.lot.id);
      await onSuccess?.(reservation, ...rest);
    },
  });
}
