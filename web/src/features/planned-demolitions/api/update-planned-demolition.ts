import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PlannedDemolition, UpdatePlannedDemolitionBody } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { invalidatePlannedDemolitions } from './get-planned-demolitions';

export function updatePlannedDemolition({ id, body }: { id: string; body: UpdatePlannedDemolitionBody }): Promise<PlannedDemolition> {
  return api.patch<PlannedDemolition>(`/api/planned-demolitions/${encodeURIComponent(id)}`, body);
}

export function useUpdatePlannedDemolition({ onSuccess, ...config }: MutationConfig<typeof updatePlannedDemolition> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: updatePlannedDemolition,
    onSuccess: async (...args) => {
      await invalidatePlannedDemolitions(queryClient);
      await onSuccess?.(...args);
    },
  });
}
