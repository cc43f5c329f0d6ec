import { Button, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconHistory, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PaletteOption } from './SearchPalette';
import classes from './SearchPalette.module.css';

interface RecentSearchesProps {
  listId: string;
  items: string[];
  options: PaletteOption[];
  activeIndex: number;
  onHover: (index: number) => void;
  onClear: () => void;
}

/** Before typing: the last searches to repeat with one key, or what can be searched for. */
export function RecentSearches({ listId, items, options, activeIndex, onHover, onClear }: RecentSearchesProps) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return (
      <Stack align="center" gap="xs" py="lg" ta="center">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
          <IconSearch size={24} />
        </ThemeIcon>
        <Text c="dimmed" size="sm" maw={420}>
          {t('search.hint')}
        </Text>
        <div id={listId} role="listbox" aria-label={t('search.results')} />
      </Stack>
    );
  }
  return (
    <Stack gap={0}>
      <Group justify="space-between" className={classes.groupLabel} py={0}>
        <Text id={`${listId}-recent`} size="xs" fw={700} c="dimmed" tt="uppercase">
          {t('search.recent')}
        </Text>
        <Button variant="subtle" size="compact-xs" onClick={onClear}>
          {t('search.clearRecent')}
        </Button>
      </Group>
      <div id={listId} role="listbox" aria-labelledby={`${listId}-recent`}>
        {items.map((text, index) => {
          const option = options[index];
          if (!option) return null;
          return (
            <div
              key={text}
              id={option.id}
              role="option"
              aria-selected={index === activeIndex}
              className={classes.option}
              onMouseMove={index === activeIndex ? undefined : () => onHover(index)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={option.select}
            >
              <IconHistory size={16} aria-hidden style={{ flexShrink: 0, color: 'var(--mantine-color-dimmed)' }} />
              <Text size="sm" truncate>
                {text}
              </Text>
            </div>
          );
        })}
      </div>
    </Stack>
  );
}
