import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { photosQueryOptions } from './get-photos';

export async function deletePhoto({ lotId, photoId }: { lotId: string; photoId: string }): Promise<void> {
  await api.delete<null>(`/api/lots/${encodeURIComponent(lotId)}/photos/${encodeURIComponent(photoId)}`);
}

export function useDeletePhoto({ onSuccess, ...config }: MutationConfig<typeof deletePhoto> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: deletePhoto,
    onSuccess: async (result, variables, ...rest) => {
      await queryClient.invalidateQueries({ queryKey: photosQueryOptions(variables.lotId).queryKey });
      await onSuccess?.(result, variables, ...rest);
    },
  });
}
