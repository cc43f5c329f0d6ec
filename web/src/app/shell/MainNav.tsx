import { Badge, NavLink as MantineNavLink, Stack, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { useAbilities } from '../../features/settings/access';
import { useRecordTypes } from '../../records/recordTypes.api';
import { navItems, type NavItem } from '../modules';

function isActive(item: NavItem, pathname: string): boolean {
  return item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`);
}

/**
 * The sidebar: home and the modules, each a link; `onNavigate` closes the drawer on phones. A module
 * that is not there for this user (not installed on the server, or outside their role) is shown
 * dimmed and marked, not as a link to a page that could only say so.
 */
export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const types = useRecordTypes();
  const abilities = useAbilities();
  const missing = (item: NavItem): boolean => {
    if (item.entityType) return types.isSuccess && !types.data.some((type) => type.entityType === item.entityType);
    return !!item.module && !abilities.pending && !abilities.can(item.module, 'view');
  };
  return (
    <Stack gap={2}>
      {navItems().map((item) => {
        const ItemIcon = item.icon;
        const ItemBadge = item.Badge;
        const icon = <ItemIcon size={20} stroke={1.6} aria-hidden />;
        const style = { root: { borderRadius: 'var(--mantine-radius-md)' } };
        if (missing(item)) {
          return (
            <Tooltip key={item.key} label={t('nav.notAvailableHint')} position="right" withinPortal>
              <MantineNavLink
                component="div"
                aria-disabled
                disabled
                label={t(`nav.${item.key}`)}
                leftSection={icon}
                rightSection={<Badge size="xs" variant="outline" color="gray">{t('nav.notAvailable')}</Badge>}
                styles={style}
                data-testid={`nav-missing-${item.key}`}
              />
            </Tooltip>
          );
        }
        return (
          <MantineNavLink
            key={item.key}
            component={NavLink}
            to={item.path}
            end={item.path === '/'}
            label={t(`nav.${item.key}`)}
            leftSection={icon}
            rightSection={ItemBadge ? <ItemBadge /> : undefined}
            active={isActive(item, pathname)}
            onClick={onNavigate}
            styles={style}
          />
        );
      })}
    </Stack>
  );
}
