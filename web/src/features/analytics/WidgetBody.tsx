import { Alert, Anchor, Group, SimpleGrid, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { apiErrorText } from '../../app/errorText';
import type { Table } from './analytics.api';
import { formatCell } from './cellFormat';
import { Chart, type ChartHandle } from './Chart';
import { chartOption, isDrawable, seriesColumns, type ChartKind } from './chartOption';
import { DataTable } from './DataTable';
import { drillHref, drillOf } from './drill';
import type { ChartPlan } from './widgetChart';

interface Props {
  table: Table;
  currency: string;
  kind: ChartKind;
  /** The chart's height; the table under it scrolls within the rest. */
  height: number;
  label: string;
  /** Hint shown when there is nothing to count yet (what data the figure needs). */
  emptyText: string;
  showTable?: boolean;
  heat?: boolean;
  handle?: (handle: ChartHandle | null) => void;
  /** What the chart draws of the table, when not all of it (plan vs fact, forecast). */
  plan?: ChartPlan;
  /** Always a table, never big figures for a one-row answer (the report builder's). */
  plainTable?: boolean;
}

/** Figures drawn as a chart (clicking a bar or point opens its records), big numbers for one-row answers, and the table. */
export function FiguresView({ table, currency, kind, height, label, emptyText, showTable, heat, handle, plan, plainTable }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const drawn = plan?.table ?? table;
  const option = useMemo(() => chartOption(drawn, kind, currency, t, height < 260, plan), [drawn, kind, currency, t, height, plan]);
  // A chart of nothing but zeros (a month with no wins) says what data it needs instead of drawing a flat line.
  if (table.rows.length === 0 || (kind !== 'table' && !isDrawable(drawn))) {
    return <Text c="dimmed" size="sm" py="md">{emptyText}</Text>;
  }
  const single = !plainTable && table.rows.length === 1 && table.columns.filter((c) => c.type !== 'text').length <= 4 && kind === 'table';
  if (single) return <BigNumbers table={table} currency={currency} />;
  const series = seriesColumns(drawn);
  const pick = (seriesIndex: number, dataIndex: number) => {
    const row = drawn.rows[dataIndex];
    const column = kind === 'pie' || kind === 'funnel' ? series[0] : series[seriesIndex];
    const drill = row && drillOf(row.drill, column?.key);
    const href = drill && drillHref(drill);
    if (href) navigate(href);
  };
  return (
    <Stack gap="xs">
      {kind !== 'table' && <Chart option={option} height={height} onPick={pick} label={label} handle={handle} />}
      {kind !== 'table' && plan?.caption && <Text size="sm" c="dimmed">{plan.caption}</Text>}
      {(kind === 'table' || showTable) && <DataTable table={table} currency={currency} heat={heat} maxHeight={kind === 'table' ? height + 60 : 260} />}
    </Stack>
  );
}

// A bold digit is about 0.62 of the font size wide: what decides whether a figure fits its cell.
const DIGIT_WIDTH = 0.62;

/**
 * One-row answers as big figures. A figure too long for its cell (a money sum in a small widget) is
 * first drawn smaller (down to 16 px), then written in the locale's compact notation ("1,2 млн ₽");
 * a compact figure has the full value in its tooltip.
 */
function BigNumbers({ table, currency }: { table: Table; currency: string }) {
  const { t } = useTranslation();
  const { ref, width } = useElementSize();
  const row = table.rows[0]!;
  const figures = table.columns.filter((c) => c.type !== 'text');
  const cols = Math.min(figures.length, 2);
  const cell = width > 0 ? (width - 12 * (cols - 1)) / cols : 0;
  return (
    <SimpleGrid ref={ref} cols={cols} spacing="xs" py="xs">
      {figures.map((c) => {
        const value = row.cells[c.key];
        const full = formatCell(value, c.type, currency, t);
        // The largest size up to 22 px at which a text fits the cell (before the cell is measured: 22).
        const sizeFor = (text: string) => (cell === 0 ? 22 : Math.min(22, Math.floor(cell / (text.length * DIGIT_WIDTH))));
        const compactable = typeof value === 'number' && (c.type === 'money' || c.type === 'number');
        const text = sizeFor(full) >= 16 || !compactable ? full : formatCell(value, c.type, currency, t, true);
        const size = Math.max(14, sizeFor(text));
        const drill = drillOf(row.drill, c.key);
        const href = drill && value !== null ? drillHref(drill) : null;
        return (
          <Stack key={c.key} gap={0} style={{ minWidth: 0 }}>
            <Text size="xs" c="dimmed" truncate>{c.label}</Text>
            <Tooltip label={full} disabled={text === full}>
              <Text fz={size} fw={700} truncate style={{ fontVariantNumeric: 'tabular-nums', lineHeight: '30px' }}>
                {href ? <Anchor component={Link} to={href} inherit aria-label={text === full ? undefined : full}>{text}</Anchor> : text}
              </Text>
            </Tooltip>
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}

/** The loading and error states of a figure. */
export function FiguresState({ loading, error, height }: { loading: boolean; error: unknown; height: number }) {
  const { t } = useTranslation();
  if (loading) return <Skeleton height={height} />;
  if (error) return <Alert color="red" variant="light">{apiErrorText(t, error)}</Alert>;
  return <Group />;
}
