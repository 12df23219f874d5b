import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateLotBody, Lot } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { lotQueryOptions } from './get-lot';
import { projectLotsQueryOptions } from './get-project-lots';

export function createLot({ projectId, body }: { projectId: string; body: CreateLotBody }): Promise<Lot> {
  return api.post<Lot>(`/api/projects/${encodeURIComponent(projectId)}/lots`, body);
}

export function useCreateLot({ onSuccess, ...config }: MutationConfig<typeof createLot> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: createLot,
    onSuccess: async (lot, ...rest) => {
      queryClient.setQueryData(lotQueryOptions(lot.id).queryKey, lot);
      await queryClient.invalidateQueries({ queryKey: projectLotsQueryOptions(lot.projectId).queryKey });
      await onSuccess?.(lot, ...rest);
    },
  });
}
