import { Anchor, ScrollArea, Table as MTable } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Table } from './analytics.api';
import { formatCell } from './cellFormat';
import { drillHref, drillOf } from './drill';

interface Props {
  table: Table;
  currency: string;
  /** Colour percent cells by their value (retention cohorts). */
  heat?: boolean;
  maxHeight?: number;
}

/** A widget's or report's figures as a table with totals; every number with a drill-down opens its records. */
export function DataTable({ table, currency, heat, maxHeight }: Props) {
  const { t } = useTranslation();
  const numeric = (type: string) => type !== 'text';
  return (
    <ScrollArea.Autosize mah={maxHeight} type="auto">
      <MTable striped={!heat} highlightOnHover withRowBorders fz="sm" stickyHeader>
        <MTable.Thead>
          <MTable.Tr>
            {table.columns.map((c) => (
              <MTable.Th key={c.key} ta={numeric(c.type) ? 'right' : undefined} style={{ whiteSpace: 'nowrap' }}>{c.label}</MTable.Th>
            ))}
          </MTable.Tr>
        </MTable.Thead>
        <MTable.Tbody>
          {table.rows.map((row, i) => (
            <MTable.Tr key={i}>
              {table.columns.map((c) => {
                const value = row.cells[c.key];
                const text = formatCell(value, c.type, currency, t);
                const drill = numeric(c.type) && value !== null ? drillOf(row.drill, c.key) : null;
                const href = drill && (!row.drill || Object.hasOwn(row.drill, c.key)) ? drillHref(drill) : null;
                const background = heat && c.type === 'percent' && typeof value === 'number' ? `color-mix(in srgb, var(--mantine-color-blue-filled) ${Math.round(value * 0.8)}%, transparent)` : undefined;
                return (
                  <MTable.Td key={c.key} ta={numeric(c.type) ? 'right' : undefined} style={{ whiteSpace: 'nowrap', background }}>
                    {href ? <Anchor component={Link} to={href} fz="sm" aria-label={t('analytics.drillLabel', { value: text, column: c.label })}>{text}</Anchor> : text}
                  </MTable.Td>
                );
              })}
            </MTable.Tr>
          ))}
        </MTable.Tbody>
        {table.totals && (
          <MTable.Tfoot>
            <MTable.Tr fw={600}>
              {table.columns.map((c, i) => (
                <MTable.Td key={c.key} ta={numeric(c.type) ? 'right' : undefined} style={{ whiteSpace: 'nowrap' }}>
                  {table.totals && Object.hasOwn(table.totals, c.key) ? formatCell(table.totals[c.key], c.type, currency, t) : i === 0 ? t('analytics.total') : ''}
                </MTable.Td>
              ))}
            </MTable.Tr>
          </MTable.Tfoot>
        )}
      </MTable>
    </ScrollArea.Autosize>
  );
}
