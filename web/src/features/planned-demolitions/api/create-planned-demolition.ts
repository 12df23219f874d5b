import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatePlannedDemolitionBody, PlannedDemolition } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { invalidatePlannedDemolitions } from './get-planned-demolitions';

/** Registers a building expected to come down; the answer carries its material estimate. */
export function createPlannedDemolition(body: CreatePlannedDemolitionBody): Promise<PlannedDemolition> {
  return api.post<PlannedDemolition>('/api/planned-demolitions', body);
}

export function useCreatePlannedDemolition({ onSuccess, ...config }: MutationConfig<typeof createPlannedDemolition> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: createPlannedDemolition,
    onSuccess: async (...args) => {
      await invalidatePlannedDemolitions(queryClient);
      await onSuccess?.(...args);
    },
  });
}
