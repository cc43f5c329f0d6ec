import { Box, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { fieldLabel, valueText, type ChangeRow, type FieldFormat } from './changes';

interface ChangeListProps {
  rows: ChangeRow[];
  format?: FieldFormat;
  /** Show at most this many rows, then "and N more". */
  limit?: number;
  size?: 'xs' | 'sm';
  /** The record as of these changes, for values that read with another field (an amount with its currency). */
  data?: Record<string, unknown> | null;
}

/** "Field: before → after", one line each; a value with no "before" reads "Field: value". */
export function ChangeList({ rows, format, limit, size = 'sm', data }: ChangeListProps) {
  const { t } = useTranslation();
  const { timeZone } = useCurrentUser();
  const shown = limit ? rows.slice(0, limit) : rows;
  const hidden = rows.length - shown.length;
  return (
    <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {shown.map((row) => (
        <Text component="li" key={row.path} size={size} style={{ overflowWrap: 'anywhere' }}>
          <Text span fw={500} size={size}>
            {fieldLabel(t, row.path, format)}:
          </Text>{' '}
          {row.before !== undefined ? (
            <>
              <Text span c="dimmed" size={size} td="line-through">
                {valueText(t, row.path, row.before, timeZone, format, data)}
              </Text>
              <Text span c="dimmed" size={size} aria-hidden>
                {' → '}
              </Text>
              <VisuallyHidden>{` ${t('history.changedTo')} `}</VisuallyHidden>
            </>
          ) : null}
          <Text span size={size}>
            {valueText(t, row.path, row.after, timeZone, format, data)}
          </Text>
        </Text>
      ))}
      {hidden > 0 ? (
        <Text component="li" size={size} c="dimmed">
          {t('history.more', { count: hidden })}
        </Text>
      ) : null}
    </Box>
  );
}
