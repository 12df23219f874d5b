import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Notification } from '@byg360/shared';
import { api } from '../../../lib/api-client';

export interface NotificationList {
  notifications: Notification[];
  unread: number;
}

/** The latest notifications (the server sends up to 50), newest first, and how many are unread in all. */
export function getNotifications({ signal }: { signal?: AbortSignal } = {}): Promise<NotificationList> {
  return api.get<NotificationList>('/api/notifications', { signal });
}

export const POLL_INTERVAL_MS = 30_000;

export const notificationsQueryOptions = () =>
  queryOptions({
    queryKey: ['notifications'],
    queryFn: ({ signal }) => getNotifications({ signal }),
    staleTime: 10_000,
  });

/** Polled while the page is visible and refetched when the window gets focus again; only mount it for a logged-in user. */
export function useNotifications() {
  return useQuery({ ...notificationsQueryOptions(), refetchInterval: POLL_INTERVAL_MS, refetchOnWindowFocus: true });
}
