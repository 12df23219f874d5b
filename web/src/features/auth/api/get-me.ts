import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { User } from '@byg360/shared';
import { api, ApiError, hasAccessToken, onSessionChange, refreshSession } from '../../../lib/api-client';

/**
 * The logged-in user, or `null` for a visitor. Without an access token in memory (a fresh page
 * load) the session is restored from the refresh cookie first.
 */
export async function getMe({ signal }: { signal?: AbortSignal } = {}): Promise<User | null> {
  if (!hasAccessToken()) {
    const session = await refreshSession();
    return session?.user ?? null;
  }
  try {
    const { user } = await api.get<{ user: User }>('/api/me', { signal });
    return user;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: ({ signal }) => getMe({ signal }),
    // The session changes only through this client (login, refresh, logout), which updates the cache itself.
    staleTime: Infinity,
  });

export function useUser() {
  return useQuery(meQueryOptions());
}

/** Keeps the cached user in step with sessions that change outside a mutation (silent refresh, expiry). */
export function syncSessionWithCache(queryClient: QueryClient): () => void {
  return onSessionChange((session) => {
    queryClient.setQueryData(meQueryOptions().queryKey, session?.user ?? null);
  });
}
