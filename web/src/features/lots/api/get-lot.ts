import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Lot } from '@byg360/shared';
import { api } from '../../../lib/api-client';

export function getLot({ id, signal }: { id: string; signal?: AbortSignal }): Promise<Lot> {
  return api.get<Lot>(`/api/lots/${encodeURIComponent(id)}`, { signal });
}

export const lotQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['lots', 'detail', id],
    queryFn: ({ signal }) => getLot({ id, signal }),
  });

export function useLot(id: string) {
  return useQuery(lotQueryOptions(id));
}
