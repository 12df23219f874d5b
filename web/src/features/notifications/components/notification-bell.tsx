import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Loader, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Role } from '@byg360/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { notify } from '../../../lib/notify';
import { useNow } from '../../../lib/use-now';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { BellIcon } from './bell-icon';
import { NotificationItem } from './notification-item';
import classes from './notifications.module.css';

const LATEST = 8;

/**
 * The header's bell: the unread count (polled every 30 s and on window focus) and a popover with
 * the latest notifications. Mount it only for a signed-in user.
 */
export function NotificationBell({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [opened, popover] = useDisclosure(false);
  const headingId = useId();
  const now = useNow(60_000);
  const query = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead({
    onSuccess: () => notify(t('notifications.markedAllRead')),
    onError: () => notify(t('errors.unexpected'), { tone: 'error' }),
  });
  const unread = query.data?.unread ?? 0;
  const latest = query.data?.notifications.slice(0, LATEST) ?? [];

  return (
    <Popover opened={opened} onChange={(next) => (next ? popover.open() : popover.close())} position="bottom-end" width={380} shadow="md" trapFocus returnFocus withinPortal>
      <Indicator label={unread > 99 ? '99+' : unread} size={18} disabled={unread === 0} offset={4} color="red.8" zIndex={2}>
        <Popover.Target>
          <ActionIcon
            variant="default"
            size={38}
            radius="md"
            onClick={popover.toggle}
            aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p={0} aria-labelledby={headingId} maw="calc(100vw - 16px)">
        <Group justify="space-between" px="md" py="sm" gap="xs">
          <Text fw={650} id={headingId} component="h2" size="md" m={0}>
            {t('notifications.title')}
          </Text>
          <Button variant="subtle" size="compact-sm" disabled={unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        <Divider />
        {query.isPending ? (
          <Group justify="center" p="lg" role="status">
            <Loader size="sm" aria-hidden />
            <Text size="sm" c="dimmed">
              {t('app.loading')}
            </Text>
          </Group>
        ) : query.isError && !query.data ? (
          <Stack p="md" gap="xs" align="flex-start">
            <Text size="sm" c="red.9" role="alert">
              {t('notifications.loadFailed')}
            </Text>
            <Button size="compact-sm" variant="default" onClick={() => void query.refetch()}>
              {t('notifications.retry')}
            </Button>
          </Stack>
        ) : latest.length === 0 ? (
          <Text size="sm" c="dimmed" p="md">
            {t('notifications.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={420} type="auto">
            <ul className={classes.list} style={{ padding: 6 }}>
              {latest.map((notification) => (
                <li key={notification.id}>
                  <NotificationItem
                    notification={notification}
                    role={role}
                    now={now}
                    onOpen={(n) => {
                      if (!n.readAt) markRead.mutate({ id: n.id });
                      popover.close();
                    }}
                  />
                </li>
              ))}
            </ul>
          </ScrollArea.Autosize>
        )}
        <Divider />
        <Group justify="center" p="sm">
          <Anchor component={Link} to={paths.notifications.getHref()} size="sm" fw={600} onClick={popover.close}>
            {t('notifications.seeAll')}
          </Anchor>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
