import { Badge, Highlight, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAt, IconFile, IconPhone } from '@tabler/icons-react';
import { findRecordRegistration } from '../../records/registry';
import { useTranslation } from 'react-i18next';
import type { SearchEntity, SearchItem } from './search.api';
import classes from './SearchPalette.module.css';

interface SearchResultOptionProps {
  id: string;
  type: SearchEntity;
  item: SearchItem;
  query: string;
  active: boolean;
  onHover: () => void;
  onSelect: () => void;
}

const MATCH_ICONS: Record<string, typeof IconPhone> = { phone: IconPhone, email: IconAt };

/** One found record: its name (the typed text marked), what it is, and why it matched when the name does not show it. */
export function SearchResultOption({ id, type, item, query, active, onHover, onSelect }: SearchResultOptionProps) {
  const { t } = useTranslation();
  const registration = findRecordRegistration(type);
  const TypeIcon = registration?.icon ?? IconFile;
  const MatchIcon = MATCH_ICONS[item.matched];
  const showMatch = item.matched !== 'name';
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={classes.option}
      onMouseMove={active ? undefined : onHover}
      // Keeps the focus in the search field, so typing goes on after a click elsewhere in the list.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onSelect}
      data-testid="search-result"
    >
      <ThemeIcon variant="light" radius="xl" size={32} color={registration?.color ?? 'gray'} aria-hidden>
        <TypeIcon size={18} />
      </ThemeIcon>
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Highlight highlight={query} size="sm" fw={500} truncate>
          {item.title}
        </Highlight>
        {item.subtitle ? (
          <Text size="xs" c="dimmed" truncate>
            {item.subtitle}
          </Text>
        ) : null}
      </Stack>
      {showMatch ? (
        <Badge
          variant="light"
          color="gray"
          size="sm"
          tt="none"
          style={{ flexShrink: 0 }}
          leftSection={MatchIcon ? <MatchIcon size={12} aria-hidden /> : undefined}
        >
          {t(`search.matched.${item.matched}`, { defaultValue: t('search.matched.other') })}
        </Badge>
      ) : null}
    </div>
  );
}
