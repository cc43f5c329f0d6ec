import { useEffect, useRef } from 'react';
import { Button, Group, NavLink as MantineNavLink, ScrollArea, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import type { SettingsSection } from './sections';

function isActive(section: SettingsSection, pathname: string): boolean {
  const path = `/settings/${section.path}`;
  return pathname === path || pathname.startsWith(`${path}/`);
}

/** The settings sections: a column beside the screen on very wide windows, else a (scrolling) row above it, so tables keep their width. */
export function SettingsNav({ sections }: { sections: readonly SettingsSection[] }) {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const row = useRef<HTMLDivElement>(null);

  // In the scrolling row, the current section is brought into view (it may be past the screen's edge).
  useEffect(() => {
    row.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [pathname, i18n.resolvedLanguage]);

  return (
    <nav aria-label={t('settings.navLabel')}>
      <Stack gap={2} visibleFrom="xl">
        {sections.map((section) => {
          const SectionIcon = section.icon;
          return (
            <MantineNavLink
              key={section.key}
              component={NavLink}
              to={`/settings/${section.path}`}
              label={t(`settings.sections.${section.key}`)}
              leftSection={<SectionIcon size={18} stroke={1.6} aria-hidden />}
              active={isActive(section, pathname)}
              styles={{ root: { borderRadius: 'var(--mantine-radius-md)' } }}
            />
          );
        })}
      </Stack>
      <ScrollArea hiddenFrom="xl" type="never" mx="calc(var(--mantine-spacing-md) * -1)">
        <Group ref={row} gap={6} wrap="nowrap" px="md" pb={4} w="max-content">
          {sections.map((section) => {
            const SectionIcon = section.icon;
            const active = isActive(section, pathname);
            return (
              <Button
                key={section.key}
                component={NavLink}
                to={`/settings/${section.path}`}
                size="compact-sm"
                radius="xl"
                variant={active ? 'filled' : 'default'}
                leftSection={<SectionIcon size={16} aria-hidden />}
                aria-current={active ? 'page' : undefined}
                style={{ flexShrink: 0 }}
              >
                {t(`settings.sections.${section.key}`)}
              </Button>
            );
          })}
        </Group>
      </ScrollArea>
    </nav>
  );
}
