import { Avatar, Button, Menu, Text } from '@mantine/core';
import type { User } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
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
        <Button
          variant="default"
          leftSection={<Avatar name={user.name} color="initials" size={24} aria-hidden />}
          maw={{ base: 180, sm: 260 }}
          loading={logout.isPending}
        >
          {user.name}
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
        <Menu.Item onClick={() => logout.mutate()}>{t('auth.logout')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
