import { Avatar, Button, Group, Menu, Text } from '@mantine/core';
import type { User } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { notify } from '../../../lib/notify';
import { useLogout } from '../api/logout';

export function UserMenu({ user }: { user: User }) {
  const { t } = useTranslation();
  const logout = useLogout({
    onSuccess: () => notify(t('auth.loggedOut')),
    onError: () => notify(t('auth.logoutFailed'), { tone: 'error' }),
  });

  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        {/* On phones only the avatar, so that the header keeps room for the bell and the menu button. */}
        <Button variant="default" px={{ base: 'xs', xs: 'md' }} maw={{ base: 180, sm: 260 }} loading={logout.isPending} aria-label={t('auth.accountMenu', { name: user.name })}>
          <Group gap={8} wrap="nowrap" miw={0}>
            <Avatar name={user.name} color="initials" size={24} aria-hidden />
            <Text span inherit truncate visibleFrom="xs">
              {user.name}
            </Text>
          </Group>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {t('auth.loggedInAs')}
          <Text size="sm" c="var(--mantine-color-text)" truncate>
            {user.email}
          </Text>
          <Text size="xs">{t(`roles.${user.role}`)}</Text>
        </Menu.Label>
        <Menu.Divider />
        {user.role === 'contractor' && (
          <Menu.Item component={Link} to={paths.workspace.inbox.getHref()}>
            {t('reservations.inbox.menuLink')}
          </Menu.Item>
        )}
        <Menu.Item component={Link} to={paths.notifications.getHref()}>
          {t('notifications.menuLink')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={() => logout.mutate()}>{t('auth.logout')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
