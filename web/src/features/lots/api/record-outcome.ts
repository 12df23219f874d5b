import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Lot, OutcomeBody } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { lotQueryOptions } from './get-lot';
import { projectLotsQueryOptions } from './get-project-lots';

/** What became of a lot of a completed project: reused, recycled and disposed, in the lot's unit. */
export function recordOutcome({ id, body }: { id: string; body: OutcomeBody }): Promise<Lot> {
  return api.put<Lot>(`/api/lots/${encodeURIComponent(id)}/outcome`, body);
}

export function useRecordOutcome({ onSuccess, ...config }: MutationConfig<typeof recordOutcome> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: recordOutcome,
    onSuccess: async (lot, ...rest) => {
      queryClient.setQueryData(lotQueryOptions(lot.id).queryKey, lot);
      await queryClient.invalidateQueries({ queryKey: projectLotsQueryOptions(lot.projectId).queryKey });
      await onSuccess?.(lot, ...rest);
    },
  });
}
