import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SearchHit, SearchResponse } from '@byg360/shared';
import { api } from '../../../lib/api-client';

const SUGGESTION_COUNT = 5;
/** Fewer letters than this match too much to be a useful suggestion. */
export const MIN_SUGGESTION_LENGTH = 2;

/** Lots whose text matches what is typed so far, best first: the search box's suggestions. */
export async function getSuggestions({ q, signal }: { q: string; signal?: AbortSignal }): Promise<SearchHit[]> {
  const { hits } = await api.get<SearchResponse>('/api/search', { query: { q, pageSize: SUGGESTION_COUNT }, signal, authenticated: false });
  return hits;
}

export const suggestionsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['search', 'suggestions', q],
    queryFn: ({ signal }) => getSuggestions({ q, signal }),
    staleTime: 60_000,
  });

/** Pass the debounced text: every keystroke would be a request. */
export function useSuggestions(q: string, { enabled = true }: { enabled?: boolean } = {}) {
  const text = q.trim();
  return useQuery({ ...suggestionsQueryOptions(text), enabled: enabled && text.length >= MIN_SUGGESTION_LENGTH });
}
