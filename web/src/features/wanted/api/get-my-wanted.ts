import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Wanted } from '@byg360/shared';
import { api } from '../../../lib/api-client';

/** The logged-in user's own wanted posts, open and closed, saved searches included. */
export async function getMyWanted({ signal }: { signal?: AbortSignal } = {}): Promise<Wanted[]> {
  const { wanted } = await api.get<{ wanted: Wanted[] }>('/api/wanted/mine', { signal });
  return wanted;
}

export const myWantedQueryOptions = () =>
  queryOptions({
    queryKey: ['wanted', 'mine'],
    queryFn: ({ signal }) => getMyWanted({ signal }),
  });

export function useMyWanted({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...myWantedQueryOptions(), enabled });
}
