import { Button, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconMoodEmpty, IconRefresh, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PaletteOption } from './SearchPalette';

interface SearchStatusProps {
  listId: string;
  query: string;
  state: 'loading' | 'empty' | 'error';
  /** Offered when nothing was found and the user may create contacts; Enter picks it too. */
  createOption?: PaletteOption;
  onRetry: () => void;
}

/** While the first results load, when nothing matched, or when the search failed. */
export function SearchStatus({ listId, query, state, createOption, onRetry }: SearchStatusProps) {
  const { t } = useTranslation();
  if (state === 'loading') {
    return (
      <Stack gap="xs" p="xs" aria-busy="true" aria-label={t('search.loading')}>
        {[0, 1, 2].map((row) => (
          <Skeleton key={row} height={40} radius="md" />
        ))}
        <div id={listId} role="listbox" aria-label={t('search.results')} />
      </Stack>
    );
  }
  if (state === 'error') {
    return (
      <Stack align="center" gap="xs" py="lg" ta="center" role="alert">
        <ThemeIcon size={48} radius="xl" variant="light" color="red" aria-hidden>
          <IconAlertTriangle size={24} />
        </ThemeIcon>
        <Text size="sm">{t('search.failed')}</Text>
        <Button variant="light" size="xs" leftSection={<IconRefresh size={14} />} onClick={onRetry}>
          {t('common.retry')}
        </Button>
        <div id={listId} role="listbox" aria-label={t('search.results')} />
      </Stack>
    );
  }
  return (
    <Stack align="center" gap="xs" py="lg" ta="center">
      <ThemeIcon size={48} radius="xl" variant="light" color="gray" aria-hidden>
        <IconMoodEmpty size={24} />
      </ThemeIcon>
      <Text fw={600} role="status" style={{ overflowWrap: 'anywhere' }}>
        {t('search.nothingFound', { query })}
      </Text>
      <Text c="dimmed" size="sm" maw={420}>
        {t('search.nothingFoundText')}
      </Text>
      <div id={listId} role="listbox" aria-label={t('search.results')}>
        {createOption ? (
          <Button
            id={createOption.id}
            role="option"
            aria-selected
            mt="xs"
            leftSection={<IconUserPlus size={16} />}
            onMouseDown={(event) => event.preventDefault()}
            onClick={createOption.select}
            maw="100%"
            styles={{ label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}
          >
            {t('search.createContact', { name: query })}
          </Button>
        ) : null}
      </div>
    </Stack>
  );
}
