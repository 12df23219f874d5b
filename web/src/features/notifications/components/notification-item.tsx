import { Box, Group, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { Notification, Role } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDanishDateTime, formatRelative } from '../../../lib/copenhagen-time';
import { useFormat } from '../../../lib/format';
import { isLanguage, type Language } from '../../../lib/i18n';
import { notificationHref, notificationReason, notificationText } from '../utils/notification-text';
import classes from './notifications.module.css';

interface NotificationItemProps {
  notification: Notification;
  role: Role;
  now: number;
  /** Called when the reader follows the notification's link, before the page changes. */
  onOpen: (notification: Notification) => void;
}

/** One notification as a link to what it is about; unread ones carry a dot and a hidden "unread" for screen readers. */
export function NotificationItem({ notification, role, now, onOpen }: NotificationItemProps) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'da';
  const format = useFormat();
  const unread = notification.readAt === null;
  const reason = notificationReason(notification);
  return (
    <UnstyledButton
      component={Link}
      to={notificationHref(notification, role)}
      onClick={() => onOpen(notification)}
      className={classes.item}
      data-unread={unread || undefined}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Box className={classes.dot} data-unread={unread || undefined} aria-hidden />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={unread ? 600 : 400}>
            {unread && <VisuallyHidden>{t('notifications.unread')}: </VisuallyHidden>}
            {notificationText(notification, t, format.number)}
          </Text>
          {reason && (
            <Text size="sm" c="dimmed" lineClamp={2}>
              {t('notifications.reason', { reason })}
            </Text>
          )}
          <Text size="xs" c="dimmed" component="time" dateTime={notification.createdAt} title={formatDanishDateTime(notification.createdAt, language)}>
            {formatRelative(notification.createdAt, now, language)}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}
