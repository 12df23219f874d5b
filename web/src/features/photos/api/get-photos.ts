import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Photo } from '@byg360/shared';
import { api } from '../../../lib/api-client';

/** A lot's photos in their order; the cover is marked. */
export async function getPhotos({ lotId, signal }: { lotId: string; signal?: AbortSignal }): Promise<Photo[]> {
  const { photos } = await api.get<{ photos: Photo[] }>(`/api/lots/${encodeURIComponent(lotId)}/photos`, { signal });
  return photos;
}

export const photosQueryOptions = (lotId: string) =>
  queryOptions({
    queryKey: ['photos', lotId],
    queryFn: ({ signal }) => getPhotos({ lotId, signal }),
  });

export function usePhotos(lotId: string) {
  return useQuery(photosQueryOptions(lotId));
}
