import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { MapClustersResponse } from '@byg360/shared';
import { api } from '../../../lib/api-client';

export interface LotClustersQuery {
  /** `minLon,minLat,maxLon,maxLat` */
  bbox: string;
  zoom: number;
  municipality: string | null;
  postcode: string | null;
  category: string | null;
}

/** The report's lots as server-side clusters for the map's view and zoom (GET /api/map/clusters): a bounded number of points. */
export function getLotClusters({ query, signal }: { query: LotClustersQuery; signal?: AbortSignal }): Promise<MapClustersResponse> {
  return api.get<MapClustersResponse>('/api/map/clusters', { query: { ...query }, signal, authenticated: false });
}

export const lotClustersQueryOptions = (query: LotClustersQuery) =>
  queryOptions({
    queryKey: ['reports', 'lot-clusters', query],
    queryFn: ({ signal }) => getLotClusters({ query, signal }),
    staleTime: 30_000,
  });

/** `null` until the map knows its view. The previous points stay drawn while the next view loads (and while printing refits the map). */
export function useLotClusters(query: LotClustersQuery | null) {
  return useQuery({
    ...lotClustersQueryOptions(query ?? { bbox: '', zoom: 0, municipality: null, postcode: null, category: null }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
