import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PaletteOption } from './SearchPalette';
import { SearchAllResults } from './SearchAllResults';
import { SearchResultOption } from './SearchResultOption';
import { hasMoreResults, type SearchGroup } from './search.api';
import classes from './SearchPalette.module.css';

interface SearchResultsProps {
  listId: string;
  groups: SearchGroup[];
  /** The same results flattened in display order, as the keyboard walks them. */
  options: PaletteOption[];
  query: string;
  activeIndex: number;
  onHover: (index: number) => void;
}

/** Found records under a heading per type (Contacts, Companies), each group ending with "all N results" when it shows only some. */
export function SearchResults({ listId, groups, options, query, activeIndex, onHover }: SearchResultsProps) {
  const { t } = useTranslation();
  let index = 0;
  return (
    <div id={listId} role="listbox" aria-label={t('search.results')}>
      {groups.map((group) => {
        const labelId = `${listId}-${group.type}`;
        return (
          <div key={group.type} role="group" aria-labelledby={labelId}>
            <Text id={labelId} role="presentation" size="xs" fw={700} c="dimmed" tt="uppercase" className={classes.groupLabel}>
              {t(`search.groups.${group.type}`)}
            </Text>
            {group.items.map((item) => {
              const position = index++;
              const option = options[position];
              if (!option) return null;
              return (
                <SearchResultOption
                  key={item.id}
                  id={option.id}
                  type={group.type}
                  item={item}
                  query={query}
                  active={position === activeIndex}
                  onHover={() => onHover(position)}
                  onSelect={option.select}
                />
              );
            })}
            {hasMoreResults(group) ? (() => {
              const position = index++;
              const option = options[position];
              return option ? (
                <SearchAllResults
                  id={option.id}
                  total={group.total}
                  capped={group.totalCapped}
                  active={position === activeIndex}
                  onHover={() => onHover(position)}
                  onSelect={option.select}
                />
              ) : null;
            })() : null}
          </div>
        );
      })}
    </div>
  );
}
