import { queryOptions, useQuery } from '@tanstack/react-query';
import type { lotEventSchema } from '@byg360/shared';
import { api } from '../../../lib/api-client';

// Derived from the shared schema without importing zod into the client.
export type LotEvent = ReturnType<(typeof lotEventSchema)['parse']>;

/** Every change of a lot (who, when, what); for its organisation, municipality and administrators. */
export async function getLotHistory({ id, signal }: { id: string; signal?: AbortSignal }): Promise<LotEvent[]> {
  const { events } = await api.get<{ events: LotEvent[] }>(`/api/lots/${encodeURIComponent(id)}/history`, { signal });
  return events;
}

export const lotHistoryQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['lots', 'history', id],
    queryFn: ({ signal }) => getLotHistory({ id, signal }),
  });

export function useLotHistory(id: string) {
  return useQuery(lotHistoryQueryOptions(id));
}
