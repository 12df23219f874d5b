import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { notificationsQueryOptions } from './get-notifications';

export async function markAllNotificationsRead(): Promise<void> {
  await api.post<{ ok: true }>('/api/notifications/read-all');
}

export function useMarkAllNotificationsRead({ onSuccess, ...config }: MutationConfig<typeof markAllNotificationsRead> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: markAllNotificationsRead,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: notificationsQueryOptions().queryKey });
      await onSuccess?.(...args);
    },
  });
}
