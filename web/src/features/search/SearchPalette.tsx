import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { Group, Kbd, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAbilities } from '../settings/access';
import { RecentSearches } from './RecentSearches';
import { SearchStatus } from './SearchStatus';
import { SearchResults } from './SearchResults';
import { clearRecentSearches, readRecentSearches, rememberSearch } from './recentSearches';
import { recordRegistrations } from '../../records/registry';
import { SEARCH_MAX_LENGTH, hasMoreResults, listPath, recordPath, useClientSearch, type SearchGroup } from './search.api';

const DEBOUNCE_MS = 150;

/** Something Enter or a click can pick: a result, "all N results" of a group, a recent search, or "create a contact". */
export interface PaletteOption {
  id: string;
  select: () => void;
}

/** Groups with hits, in the order the record types are registered (the sidebar's order). */
function orderGroups(groups: SearchGroup[]): SearchGroup[] {
  const order = recordRegistrations().map((registration) => registration.entityType);
  const rank = (group: SearchGroup) => (order.includes(group.type) ? order.indexOf(group.type) : order.length);
  return groups.filter((group) => group.items.length > 0).sort((a, b) => rank(a) - rank(b));
}

/**
 * The search inside the Ctrl/Cmd+K dialog: results grouped by type as the user types, arrows to move
 * across groups, Enter to open; nothing found offers to create a contact with the typed name.
 */
export function SearchPalette({ onClose, fullScreen = false }: { onClose: () => void; fullScreen?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAbilities();
  const baseId = useId();
  const listId = `${baseId}-list`;
  const [value, setValue] = useState('');
  const [active, setActive] = useState(0);
  const [recent, setRecent] = useState(readRecentSearches);
  const query = value.trim();
  const [debounced] = useDebouncedValue(query, DEBOUNCE_MS);
  const search = useClientSearch(debounced);

  const settled = debounced === query && !search.isFetching && !search.isPlaceholderData;
  const groups = query && search.data ? orderGroups(search.data) : [];
  const nothingFound = query !== '' && settled && search.isSuccess && groups.length === 0;
  const canCreate = can('contacts', 'create');

  function openRecord(group: SearchGroup, id: string) {
    setRecent(rememberSearch(query));
    onClose();
    navigate(recordPath(group, id));
  }

  function openList(group: SearchGroup) {
    setRecent(rememberSearch(query));
    onClose();
    navigate(listPath(group, query));
  }

  function createContact() {
    onClose();
    navigate(`/contacts?new=1&name=${encodeURIComponent(query)}`);
  }

  let options: PaletteOption[] = [];
  if (!query) options = recent.map((text, index) => ({ id: `${baseId}-recent-${index}`, select: () => setValue(text) }));
  else if (groups.length > 0)
    options = groups.flatMap((group) => [
      ...group.items.map((item) => ({ id: `${baseId}-${group.type}-${item.id}`, select: () => openRecord(group, item.id) })),
      ...(hasMoreResults(group) ? [{ id: `${baseId}-${group.type}-all`, select: () => openList(group) }] : []),
    ]);
  else if (nothingFound && canCreate) options = [{ id: `${baseId}-create`, select: createContact }];
  const activeIndex = Math.max(0, Math.min(active, options.length - 1));
  const activeId = options[activeIndex]?.id;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + count) % count);
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      options[activeIndex]?.select();
    }
  }

  return (
    <Stack gap="sm" style={{ minHeight: 0 }}>
      <TextInput
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={query && search.isFetching ? <Loader size={16} aria-label={t('search.loading')} /> : null}
        size="md"
        data-autofocus
        type="search"
        autoComplete="off"
        spellCheck={false}
        maxLength={SEARCH_MAX_LENGTH}
        value={value}
        onChange={(event) => {
          setValue(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
      />
      {/* A plain scroller: Mantine's autosized ScrollArea widens to its content, which defeats truncated names. */}
      <div style={{ maxHeight: fullScreen ? 'calc(100dvh - 150px)' : '60dvh', overflowY: 'auto', overscrollBehavior: 'contain' }}>
        {!query ? (
          <RecentSearches
            listId={listId}
            items={recent}
            options={options}
            activeIndex={activeIndex}
            onHover={setActive}
            onClear={() => {
              clearRecentSearches();
              setRecent([]);
            }}
          />
        ) : groups.length > 0 ? (
          <SearchResults listId={listId} groups={groups} options={options} query={query} activeIndex={activeIndex} onHover={setActive} />
        ) : (
          <SearchStatus
            listId={listId}
            query={query}
            state={search.isError ? 'error' : nothingFound ? 'empty' : 'loading'}
            createOption={nothingFound && canCreate ? options[0] : undefined}
            onRetry={() => void search.refetch()}
          />
        )}
      </div>
      <Group gap="lg" justify="center" visibleFrom="sm" aria-hidden>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> {t('search.keys.move')}
        </Text>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Enter</Kbd> {t('search.keys.open')}
        </Text>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Esc</Kbd> {t('search.keys.close')}
        </Text>
      </Group>
    </Stack>
  );
}
