import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateWantedBody, Wanted } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { invalidateWanted } from './invalidate';

/** Posts what the user needs, or saves a search; matching new lots then alert them. */
export function createWanted(body: CreateWantedBody): Promise<Wanted> {
  return api.post<Wanted>('/api/wanted', body);
}

export function useCreateWanted({ onSuccess, ...config }: MutationConfig<typeof createWanted> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: createWanted,
    onSuccess: async (wanted, ...rest) => {
      await invalidateWanted(queryClient);
      await onSuccess?.(wanted, ...rest);
    },
  });
}
