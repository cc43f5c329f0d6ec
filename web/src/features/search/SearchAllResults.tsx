import { Text } from '@mantine/core';
import { IconList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import classes from './SearchPalette.module.css';

interface SearchAllResultsProps {
  id: string;
  total: number;
  /** The server stopped counting: there are at least `total`. */
  capped: boolean;
  active: boolean;
  onHover: () => void;
  onSelect: () => void;
}

/** The last option of a group that shows only some of its matches: the type's list filtered by the query. */
export function SearchAllResults({ id, total, capped, active, onHover, onSelect }: SearchAllResultsProps) {
  const { t } = useTranslation();
  const n = formatNumber(total);
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={classes.option}
      onMouseMove={active ? undefined : onHover}
      // Keeps the focus in the search field, as the results do.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onSelect}
      data-testid="search-all-results"
    >
      <IconList size={16} aria-hidden style={{ flexShrink: 0, color: 'var(--mantine-color-dimmed)', marginInline: 8 }} />
      <Text size="sm" c="var(--mantine-primary-color-filled)" fw={500} truncate>
        {capped ? t('search.allResultsCapped', { n }) : t('search.allResults', { count: total, n })}
      </Text>
    </div>
  );
}
