import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateWantedBody, Wanted } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { invalidateWanted } from './invalidate';

/** Changes the user's own post, e.g. marks it fulfilled or closed, or opens it again. */
export function updateWanted({ id, body }: { id: string; body: UpdateWantedBody }): Promise<Wanted> {
  return api.patch<Wanted>(`/api/wanted/${encodeURIComponent(id)}`, body);
}

export function useUpdateWanted({ onSuccess, ...config }: MutationConfig<typeof updateWanted> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: updateWanted,
    onSuccess: async (wanted, ...rest) => {
      await invalidateWanted(queryClient);
      await onSuccess?.(wanted, ...rest);
    },
  });
}
