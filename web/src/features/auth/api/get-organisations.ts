import { queryOptions, useQueries } from '@tanstack/react-query';
import type { Organisation, OrganisationKind } from '@byg360/shared';
import { api } from '../../../lib/api-client';

/** Verified organisations, the ones a new member may ask to join. */
export async function getOrganisations({ kind, signal }: { kind?: OrganisationKind; signal?: AbortSignal } = {}): Promise<Organisation[]> {
  const { organisations } = await api.get<{ organisations: Organisation[] }>('/api/organisations', { query: { kind }, signal });
  return organisations;
}

export const organisationsQueryOptions = ({ kind }: { kind?: OrganisationKind } = {}) =>
  queryOptions({
    queryKey: ['organisations', { kind }],
    queryFn: ({ signal }) => getOrganisations({ kind, signal }),
    staleTime: 5 * 60_000,
  });

/** Organisations of any of `kinds`, sorted by name: a contractor may join a contractor firm or a recycling station. */
export function useOrganisations({ kinds, enabled = true }: { kinds: readonly OrganisationKind[]; enabled?: boolean }) {
  return useQueries({
    queries: kinds.map((kind) => ({ ...organisationsQueryOptions({ kind }), enabled })),
    combine: (results) => ({
      organisations: results
        .flatMap((result) => result.data ?? [])
        .sort((a, b) => a.name.localeCompare(b.name, 'da')),
      isPending: enabled && results.some((result) => result.isPending),
      isError: results.some((result) => result.isError),
    }),
  });
}
