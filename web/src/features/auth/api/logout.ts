import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setSession } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { meQueryOptions } from './get-me';

/** Ends the session on the server first: clearing only the memory would leave the refresh cookie alive. */
export async function logout(): Promise<void> {
  await api.post<{ ok: true }>('/api/auth/logout', undefined, { authenticated: false });
  setSession(null);
}

export function useLogout({ onSuccess, ...config }: MutationConfig<typeof logout> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: logout,
    onSuccess: async (...args) => {
      // Nothing fetched for the previous user may linger in the cache.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryOptions().queryKey[0] });
      queryClient.setQueryData(meQueryOptions().queryKey, null);
      await onSuccess?.(...args);
    },
  });
}
