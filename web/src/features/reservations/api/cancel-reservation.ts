import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Reservation } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { invalidateAfterReservationChange } from './invalidate';

/** The requester cancels, or the lot's organisation cancels with a reason; the quantity returns to the lot. */
export function cancelReservation({ id, reason = null }: { id: string; reason?: string | null }): Promise<Reservation> {
  return api.post<Reservation>(`/api/reservations/${encodeURIComponent(id)}/cancel`, { reason });
}

export function useCancelReservation({ onSuccess, ...config }: MutationConfig<typeof cancelReservation> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: cancelReservation,
    onSuccess: async (reservation, ...rest) => {
      await invalidateAfterReservationChange(queryClient, reservation.lot.id);
      await onSuccess?.(reservation, ...rest);
    },
  });
}
