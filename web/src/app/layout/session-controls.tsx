import { Box, Group, Skeleton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../features/auth/api/get-me';
import { AuthButtons } from '../../features/auth/components/auth-buttons';
import { UserMenu } from '../../features/auth/components/user-menu';
import { NotificationBell } from '../../features/notifications/components/notification-bell';

/** The header's right-hand side: the notification bell and the account menu for users; log in/register for visitors on wide screens (the mobile menu has them otherwise). */
export function SessionControls() {
  const { t } = useTranslation();
  const { data: user, isPending } = useUser();
  if (isPending) return <Skeleton height={36} width={140} radius="md" role="status" aria-label={t('app.loading')} />;
  if (user) {
    return (
      <Group gap="xs" wrap="nowrap">
        <NotificationBell role={user.role} />
        <UserMenu user={user} />
      </Group>
    );
  }
  return (
    <Box visibleFrom="sm">
      <AuthButtons />
    </Box>
  );
}
