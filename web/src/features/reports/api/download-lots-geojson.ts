import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { filenameFromDisposition, readWithProgress, saveBlob, type DownloadProgress } from '../../../lib/download';
import type { MutationConfig } from '../../../lib/react-query';
import type { SavedFile } from './download-supply-demand';

export interface LotsGeojsonFilters {
  municipality: string | null;
  postcode: string | null;
  category: string | null;
}

export interface DownloadLotsGeojsonInput {
  filters: LotsGeojsonFilters;
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
}

/** The lots as a GeoJSON file for GIS tools, streamed with progress and saved. */
export async function downloadLotsGeojson({ filters, onProgress, signal }: DownloadLotsGeojsonInput): Promise<SavedFile> {
  const response = await api.file('/api/exports/lots.geojson', {
    query: { municipality: filters.municipality, postcode: filters.postcode, category: filters.category },
    signal,
  });
  const blob = await readWithProgress(response, onProgress);
  const filename = filenameFromDisposition(response.headers.get('content-disposition')) ?? 'byg360-lots.geojson';
  saveBlob(blob, filename);
  return { filename, bytes: blob.size };
}

export function useDownloadLotsGeojson(config: MutationConfig<typeof downloadLotsGeojson> = {}) {
  return useMutation({ ...config, mutationFn: downloadLotsGeojson });
}
