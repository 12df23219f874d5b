import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Municipality } from '@byg360/shared';
import { api } from '../../../lib/api-client';

export async function getMunicipalities({ signal }: { signal?: AbortSignal } = {}): Promise<Municipality[]> {
  const { municipalities } = await api.get<{ municipalities: Municipality[] }>('/api/municipalities', { signal });
  return municipalities;
}

export const municipalitiesQueryOptions = () =>
  queryOptions({
    queryKey: ['municipalities'],
    queryFn: ({ signal }) => getMunicipalities({ signal }),
    // The list of Danish municipalities changes once in a generation.
    staleTime: Infinity,
  });

export function useMunicipalities({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...municipalitiesQueryOptions(), enabled });
}
