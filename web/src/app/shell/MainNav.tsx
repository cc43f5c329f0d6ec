import { NavLink as MantineNavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { navItems, type NavItem } from '../modules';

function isActive(item: NavItem, pathname: string): boolean {
  return item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`);
}

/** The sidebar: home and the modules, each a link; `onNavigate` closes the drawer on phones. */
export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Stack gap={2}>
      {navItems().map((item) => {
        const ItemIcon = item.icon;
        const ItemBadge = item.Badge;
        return (
          <MantineNavLink
            key={item.key}
            component={NavLink}
            to={item.path}
            end={item.path === '/'}
            label={t(`nav.${item.key}`)}
            leftSection={<ItemIcon size={20} stroke={1.6} aria-hidden />}
            rightSection={ItemBadge ? <ItemBadge /> : undefined}
            active={isActive(item, pathname)}
            onClick={onNavigate}
            styles={{ root: { borderRadius: 'var(--mantine-radius-md)' } }}
          />
        );
      })}
    </Stack>
  );
}
