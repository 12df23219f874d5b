import { Button, Group, Paper } from '@mantine/core';
import type { Role } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { EmptyBlock, ErrorState, LoadingState } from '../../../components/query-state';
import { notify } from '../../../lib/notify';
import { useNow } from '../../../lib/use-now';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { NotificationItem } from './notification-item';
import classes from './notifications.module.css';

/** Every notification the server keeps for the user (the latest 50), newest first. */
export function NotificationList({ role }: { role: Role }) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const query = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead({
    onSuccess: () => notify(t('notifications.markedAllRead')),
    onError: () => notify(t('errors.unexpected'), { tone: 'error' }),
  });

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} title={t('notifications.loadFailed')} onRetry={() => void query.refetch()} />;
  const { notifications, unread } = query.data;
  if (notifications.length === 0) return <EmptyBlock title={t('notifications.empty')} />;

  return (
    <>
      <Group justify="flex-end">
        <Button variant="default" disabled={unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      <Paper withBorder radius="md" p={6}>
        <ul className={classes.list} aria-label={t('notifications.listLabel')}>
          {notifications.map((notification) => (
            <li key={notification.id}>
              <NotificationItem notification={notification} role={role} now={now} onOpen={(n) => !n.readAt && markRead.mutate({ id: n.id })} />
            </li>
          ))}
        </ul>
      </Paper>
    </>
  );
}
