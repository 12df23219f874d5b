import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { invalidateWanted } from './invalidate';

export function deleteWanted({ id }: { id: string }): Promise<void> {
  return api.delete<void>(`/api/wanted/${encodeURIComponent(id)}`);
}

export function useDeleteWanted({ onSuccess, ...config }: MutationConfig<typeof deleteWanted> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: deleteWanted,
    onSuccess: async (...args) => {
      await invalidateWanted(queryClient);
      await onSuccess?.(...args);
    },
  });
}
