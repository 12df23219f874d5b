import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateMeBody, User } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { meQueryOptions } from './get-me';

export async function updateMe(body: UpdateMeBody): Promise<User> {
  const { user } = await api.patch<{ user: User }>('/api/me', body);
  return user;
}

export function useUpdateMe({ onSuccess, ...config }: MutationConfig<typeof updateMe> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: updateMe,
    onSuccess: async (user, ...rest) => {
      queryClient.setQueryData(meQueryOptions().queryKey, user);
      await onSuccess?.(user, ...rest);
    },
  });
}
