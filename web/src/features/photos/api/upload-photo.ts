import { useMutation, useQueryClient } from '@tanstack/react-query';
import { photoUploadRules, type Photo } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { photosQueryOptions } from './get-photos';

export interface UploadPhotoInput {
  lotId: string;
  file: File;
  /** Share of the file sent so far, 0–1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** One photo per request, in the multipart field the server expects. */
export function uploadPhoto({ lotId, file, onProgress, signal }: UploadPhotoInput): Promise<Photo> {
  const body = new FormData();
  body.append(photoUploadRules.field, file, file.name);
  return api.upload<Photo>(`/api/lots/${encodeURIComponent(lotId)}/photos`, body, { onProgress, signal });
}

export function useUploadPhoto({ onSuccess, ...config }: MutationConfig<typeof uploadPhoto> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: uploadPhoto,
    onSuccess: async (photo, variables, ...rest) => {
      await queryClient.invalidateQueries({ queryKey: photosQueryOptions(variables.lotId).queryKey });
      await onSuccess?.(photo, variables, ...rest);
    },
  });
}
