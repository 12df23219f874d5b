import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { invalidatePlannedDemolitions } from './get-planned-demolitions';

export function deletePlannedDemolition(id: string): Promise<void> {
  return api.delete<void>(`/api/planned-demolitions/${encodeURIComponent(id)}`);
}

export function useDeletePlannedDemolition({ onSuccess, ...config }: MutationConfig<typeof deletePlannedDemolition> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: deletePlannedDemolition,
    onSuccess: async (...args) => {
      await invalidatePlannedDemolitions(queryClient);
      await onSuccess?.(...args);
    },
  });
}
