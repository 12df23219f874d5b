import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { lotQueryOptions } from './get-lot';
import { projectLotsQueryOptions } from './get-project-lots';

/** Deletes a lot without reservations; one with reservations must be closed instead. */
export async function deleteLot({ id }: { id: string; projectId: string }): Promise<void> {
  await api.delete<null>(`/api/lots/${encodeURIComponent(id)}`);
}

export function useDeleteLot({ onSuccess, ...config }: MutationConfig<typeof deleteLot> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: deleteLot,
    onSuccess: async (result, variables, ...rest) => {
      queryClient.removeQueries({ queryKey: lotQueryOptions(variables.id).queryKey });
      await queryClient.invalidateQueries({ queryKey: projectLotsQueryOptions(variables.projectId).queryKey });
      await onSuccess?.(result, variables, ...rest);
    },
  });
}
