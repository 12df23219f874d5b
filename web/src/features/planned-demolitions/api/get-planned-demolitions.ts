import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { plannedDemolitionListResponseSchema } from '@byg360/shared';
import { api } from '../../../lib/api-client';

// shared exports the schema only; its output type is what the server sends.
export type PlannedDemolitionList = (typeof plannedDemolitionListResponseSchema)['_zod']['output'];

/** The planned demolitions of the planner's municipality (administrators: all), each with its estimate, and the totals per category. */
export function getPlannedDemolitions({ signal }: { signal?: AbortSignal } = {}): Promise<PlannedDemolitionList> {
  return api.get<PlannedDemolitionList>('/api/planned-demolitions', { signal });
}

export const plannedDemolitionsQueryOptions = () =>
  queryOptions({
    queryKey: ['planned-demolitions'],
    queryFn: ({ signal }) => getPlannedDemolitions({ signal }),
  });

export function usePlannedDemolitions({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...plannedDemolitionsQueryOptions(), enabled });
}

/** After a change: the list (the caller refreshes what else the potential supply feeds, such as the reports). */
export function invalidatePlannedDemolitions(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: plannedDemolitionsQueryOptions().queryKey });
}
