import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Reservation } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { invalidateAfterReservationChange } from './invalidate';

/** The lot's organisation declines a pending request, optionally with a reason; the quantity returns to the lot. */
export function declineReservation({ id, reason = null }: { id: string; reason?: string | null }): Promise<Reservation> {
  return api.post<Reservation>(`/api/reservations/${encodeURIComponent(id)}/decline`, { reason });
}

export function useDeclineReservation({ onSuccess, ...config }: MutationConfig<typeof declineReservation> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: declineReservation,
    onSuccess: async (reservation, ...rest) => {
      await invalidateAfterReservationChange(queryClient, reservation.lot.id);
      await onSuccess?.(reservation, ...rest);
    },
  });
}
