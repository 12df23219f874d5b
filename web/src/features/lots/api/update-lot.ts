import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Lot, UpdateLotBody } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { lotHistoryQueryOptions } from './get-lot-history';
import { lotQueryOptions } from './get-lot';
import { projectLotsQueryOptions } from './get-project-lots';

/** Changes a lot's fields or its status (draft → published → closed). */
export function updateLot({ id, body }: { id: string; body: UpdateLotBody }): Promise<Lot> {
  return api.patch<Lot>(`/api/lots/${encodeURIComponent(id)}`, body);
}

export function useUpdateLot({ onSuccess, ...config }: MutationConfig<typeof updateLot> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: updateLot,
    onSuccess: async (lot, ...rest) => {
      queryClient.setQueryData(lotQueryOptions(lot.id).queryKey, lot);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: projectLotsQueryOptions(lot.projectId).queryKey }),
        queryClient.invalidateQueries({ queryKey: lotHistoryQueryOptions(lot.id).queryKey }),
      ]);
      await onSuccess?.(lot, ...rest);
    },
  });
}
