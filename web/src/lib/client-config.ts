import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ClientConfig } from '@byg360/shared';
import { api } from './api-client';

/** Run-time settings of the deployment (map tiles, reservation windows); the same for every page. */
export function getClientConfig({ signal }: { signal?: AbortSignal } = {}): Promise<ClientConfig> {
  return api.get<ClientConfig>('/api/config', { signal, authenticated: false });
}

export const clientConfigQueryOptions = () =>
  queryOptions({
    queryKey: ['config'],
    queryFn: ({ signal }) => getClientConfig({ signal }),
    staleTime: Infinity,
  });

export function useClientConfig() {
  return useQuery(clientConfigQueryOptions());
}
