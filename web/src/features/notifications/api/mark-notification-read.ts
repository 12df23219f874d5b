import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { notificationsQueryOptions } from './get-notifications';

export async function markNotificationRead({ id }: { id: string }): Promise<void> {
  await api.post<{ ok: true }>(`/api/notifications/${encodeURIComponent(id)}/read`);
}

export function useMarkNotificationRead(config: Omit<MutationConfig<typeof markNotificationRead>, 'onMutate' | 'onSettled'> = {}) {
  const queryClient = useQueryClient();
  const { queryKey } = notificationsQueryOptions();
  return useMutation({
    ...config,
    mutationFn: markNotificationRead,
    // Shown as read at once; the refetch afterwards corrects the list if the request failed.
    onMutate: async ({ id }) => {
      await queryClient.cancelQueries({ queryKey });
      queryClient.setQueryData(queryKey, (list) => {
        const target = list?.notifications.find((n) => n.id === id);
        if (!list || !target || target.readAt) return list;
        const readAt = new Date().toISOString();
        return {
          unread: Math.max(0, list.unread - 1),
          notifications: list.notifications.map((n) => (n.id === id ? { ...n, readAt } : n)),
        };
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
}
