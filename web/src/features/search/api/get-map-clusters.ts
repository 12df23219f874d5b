import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { MapClustersResponse } from '@byg360/shared';
import { api } from '../../../lib/api-client';

export type MapClustersQuery = Record<string, string | number | boolean | undefined> & { bbox: string; zoom: number };

/** Clusters and single lots for the map's view and zoom, with the search's filters (GET /api/map/clusters). */
export function getMapClusters({ query, signal }: { query: MapClustersQuery; signal?: AbortSignal }): Promise<MapClustersResponse> {
  return api.get<MapClustersResponse>('/api/map/clusters', { query, signal, authenticated: false });
}

export const mapClustersQueryOptions = (query: MapClustersQuery) =>
  queryOptions({
    queryKey: ['search', 'clusters', query],
    queryFn: ({ signal }) => getMapClusters({ query, signal }),
    staleTime: 30_000,
  });

export function useMapClusters(query: MapClustersQuery | null) {
  return useQuery({
    ...mapClustersQueryOptions(query ?? { bbox: '', zoom: 0 }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
