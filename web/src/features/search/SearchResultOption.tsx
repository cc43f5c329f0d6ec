import { Badge, Stack, Text, ThemeIcon } from '@mantine/core';
import { MarkedText, titleMark } from './MatchedText';
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

/** One found record: its name with what matched marked, what it is, and which field matched (the field itself when the name does not show it). */
export function SearchResultOption({ id, type, item, query, active, onHover, onSelect }: SearchResultOptionProps) {
  const { t } = useTranslation();
  const registration = findRecordRegistration(type);
  const TypeIcon = registration?.icon ?? IconFile;
  const MatchIcon = MATCH_ICONS[item.match.field];
  const mark = titleMark(item);
  // A field the title does not show (an email, a phone, a tax id) is shown under it, marked.
  const outside = mark === null && item.match.text !== '' && !item.title.includes(item.match.text);
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
        <MarkedText text={item.title} mark={mark} query={query} fw={500} />
        {outside ? (
          <MarkedText text={item.match.text} mark={item.match.end > item.match.start ? [item.match.start, item.match.end] : null} query={query} size="xs" />
        ) : null}
        {item.subtitle ? (
          <Text size="xs" c="dimmed" truncate>
            {item.subtitle}
          </Text>
        ) : null}
      </Stack>
      <Badge
        variant="light"
        color="gray"
        size="sm"
        tt="none"
        style={{ flexShrink: 0 }}
        leftSection={MatchIcon ? <MatchIcon size={12} aria-hidden /> : undefined}
        data-testid="search-field"
        data-field={item.match.field}
      >
        {t(`search.field.${item.match.field}`, { defaultValue: t('search.matched.other') })}
      </Badge>
    </div>
  );
}
