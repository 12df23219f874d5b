import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** The properties of the export's features that the report map reads. */
export interface LotFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    id: string;
    title: string;
    status: string;
    category: string;
    categoryNameDa: string;
    categoryNameEn: string;
    quantity: number;
    unit: string;
    estimatedKg: number | null;
    postcode: string | null;
    city: string | null;
  };
}

export interface LotsGeojson {
  type: 'FeatureCollection';
  features: LotFeature[];
}

export interface LotsGeojsonFilters {
  municipality: string | null;
  postcode: string | null;
  category: string | null;
}

const query = (filters: LotsGeojsonFilters) => ({ municipality: filters.municipality, postcode: filters.postcode, category: filters.category });

/** The lots the caller may see, as the GeoJSON export: points for the report map. */
export function getLotsGeojson(filters: LotsGeojsonFilters, { signal }: { signal?: AbortSignal } = {}): Promise<LotsGeojson> {
  return api.get<LotsGeojson>('/api/exports/lots.geojson', { query: query(filters), signal });
}

export const lotsGeojsonQueryOptions = (filters: LotsGeojsonFilters) =>
  queryOptions({
    queryKey: ['exports', 'lots.geojson', query(filters)],
    queryFn: ({ signal }) => getLotsGeojson(filters, { signal }),
  });

export function useLotsGeojson(filters: LotsGeojsonFilters) {
  return useQuery(lotsGeojsonQueryOptions(filters));
}
