import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Photo, ReorderPhotosBody } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { photosQueryOptions } from './get-photos';

/** Puts the photos in a new order and, optionally, picks the cover. */
export async function reorderPhotos({ lotId, body }: { lotId: string; body: ReorderPhotosBody }): Promise<Photo[]> {
  const { photos } = await api.patch<{ photos: Photo[] }>(`/api/lots/${encodeURIComponent(lotId)}/photos`, body);
  return photos;
}

export function useReorderPhotos({ onSuccess, ...config }: MutationConfig<typeof reorderPhotos> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: reorderPhotos,
    onSuccess: async (photos, variables, ...rest) => {
      queryClient.setQueryData(photosQueryOptions(variables.lotId).queryKey, photos);
      await onSuccess?.(photos, variables, ...rest);
    },
  });
}
