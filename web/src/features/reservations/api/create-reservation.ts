import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateReservationBody, Reservation } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { invalidateAfterReservationChange } from './invalidate';

export interface CreateReservationInput {
  lotId: string;
  body: CreateReservationBody;
  /** The same key for retries of one submission, so that a retry never reserves twice. */
  idempotencyKey: string;
}

export function createReservation({ lotId, body, idempotencyKey }: CreateReservationInput): Promise<Reservation> {
  return api.post<Reservation>(`/api/lots/${encodeURIComponent(lotId)}/reservations`, body, {
    headers: { 'idempotency-key': idempotencyKey },
  });
}

export function useCreateReservation({ onSuccess, ...config }: MutationConfig<typeof createReservation> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: createReservation,
    onSuccess: async (reservation, ...rest) => {
      await invalidateAfterReservationChange(queryClient, reservation.lot.id);
      await onSuccess?.(reservation, ...rest);
    },
  });
}
