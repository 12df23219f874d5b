import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { SearchResponse } from '@byg360/shared';
import { api } from '../../../lib/api-client';

export type SearchLotsQuery = Record<string, string | number | boolean | undefined>;

/** Published lots matching text, filters and area, with facet counts (GET /api/search). */
export function searchLots({ query, signal }: { query: SearchLotsQuery; signal?: AbortSignal }): Promise<SearchResponse> {
  return api.get<SearchResponse>('/api/search', { query, signal, authenticated: false });
}

export const searchLotsQueryOptions = (query: SearchLotsQuery) =>
  queryOptions({
    queryKey: ['search', 'lots', query],
    queryFn: ({ signal }) => searchLots({ query, signal }),
    staleTime: 30_000,
  });

/** Keeps the previous result on screen while the next one loads, so the list does not flash empty as the map moves. */
export function useSearchLots(query: SearchLotsQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...searchLotsQueryOptions(query), enabled, placeholderData: keepPreviousData });
}
