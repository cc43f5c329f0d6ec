import { Burger, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Logo } from '../../components/Logo';
import type { Me } from '../session';
import { NotificationBell } from '../../features/notifications/NotificationBell';
import { SearchBox } from './SearchBox';
import { UserMenu } from './UserMenu';

interface TopBarProps {
  user: Me;
  navOpened: boolean;
  onToggleNav: () => void;
  onSignOut: () => void;
}

export function TopBar({ user, navOpened, onToggleNav, onSignOut }: TopBarProps) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="md" gap="sm" wrap="nowrap" justify="space-between">
      <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
        <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} aria-expanded={navOpened} />
        <Link to="/" title={t('nav.home')} style={{ color: 'inherit', textDecoration: 'none' }}>
          <Logo />
        </Link>
      </Group>
      <Group gap="sm" wrap="nowrap" justify="flex-end" style={{ flex: 1, minWidth: 0 }}>
        <SearchBox />
        <NotificationBell />
        <UserMenu user={user} onSignOut={onSignOut} />
      </Group>
    </Group>
  );
}
