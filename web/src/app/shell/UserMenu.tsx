import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconCheck, IconChevronDown, IconLogout, IconMoon, IconSun, IconUserCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useThemeToggle } from '../../components/ThemeToggle';
import { LOCALES, LOCALE_NAMES, currentLocale, type Locale } from '../../i18n/i18n';
import type { Me } from '../session';
import { useSwitchLocale } from '../useSwitchLocale';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return parts.slice(0, 2).map((part) => part[0]?.toUpperCase() ?? '').join('') || '?';
}

interface UserMenuProps {
  user: Me;
  onSignOut: () => void;
}

/** Who is signed in, with language, theme and sign-out. */
export function UserMenu({ user, onSignOut }: UserMenuProps) {
  const { t } = useTranslation();
  const switchLocale = useSwitchLocale();
  const { isDark, toggle } = useThemeToggle();
  const active = currentLocale();

  function chooseLocale(locale: Locale) {
    // The screen has already switched; a failed save only means the next visit starts in the old language.
    switchLocale(locale).catch((error: unknown) => console.warn('Language not saved to the profile', error));
  }

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        {/* Named by the name it shows, so speech input finds it by what is on screen; the initials are
            drawn by CSS (not text), as they are only a picture of the name. */}
        <UnstyledButton aria-label={`${user.name}, ${t('userMenu.label')}`} py={4} px={6} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="blue" radius="xl" size={32}>
              <span className="kt-initials" data-initials={initials(user.name)} aria-hidden />
            </Avatar>
            <Text size="sm" fw={500} maw={160} truncate visibleFrom="sm">
              {user.name}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {user.email}
          </Text>
        </Menu.Label>
        <Menu.Item component={Link} to="/settings/account" leftSection={<IconUserCircle size={16} />}>
          {t('userMenu.account')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('userMenu.language')}</Menu.Label>
        {LOCALES.map((locale) => (
          <Menu.Item
            key={locale}
            // Mantine fixes role="menuitem"; aria-current marks the language in use.
            aria-current={locale === active ? 'true' : undefined}
            lang={locale}
            onClick={() => chooseLocale(locale)}
            rightSection={locale === active ? <IconCheck size={14} /> : null}
          >
            {LOCALE_NAMES[locale]}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={isDark ? <IconSun size={16} /> : <IconMoon size={16} />} onClick={toggle}>
          {isDark ? t('userMenu.lightTheme') : t('userMenu.darkTheme')}
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={onSignOut}>
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
