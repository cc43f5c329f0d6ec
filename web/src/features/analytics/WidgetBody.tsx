import { Alert, Anchor, Group, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
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
}

/** Figures drawn as a chart (clicking a bar or point opens its records), big numbers for one-row answers, and the table. */
export function FiguresView({ table, currency, kind, height, label, emptyText, showTable, heat, handle }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const option = useMemo(() => chartOption(table, kind, currency, t, height < 260), [table, kind, currency, t, height]);
  if (table.rows.length === 0 || (!isDrawable(table) && kind !== 'table' && !table.rows.some((r) => Object.values(r.cells).some((v) => typeof v === 'number')))) {
    return <Text c="dimmed" size="sm" py="md">{emptyText}</Text>;
  }
  const single = table.rows.length === 1 && table.columns.filter((c) => c.type !== 'text').length <= 4 && kind === 'table';
  if (single) return <BigNumbers table={table} currency={currency} />;
  const series = seriesColumns(table);
  const pick = (seriesIndex: number, dataIndex: number) => {
    const row = table.rows[dataIndex];
    const column = kind === 'pie' || kind === 'funnel' ? series[0] : series[seriesIndex];
    const drill = row && drillOf(row.drill, column?.key);
    const href = drill && drillHref(drill);
    if (href) navigate(href);
  };
  return (
    <Stack gap="xs">
      {kind !== 'table' && <Chart option={option} height={height} onPick={pick} label={label} handle={handle} />}
      {(kind === 'table' || showTable) && <DataTable table={table} currency={currency} heat={heat} maxHeight={kind === 'table' ? height + 60 : 260} />}
    </Stack>
  );
}

function BigNumbers({ table, currency }: { table: Table; currency: string }) {
  const { t } = useTranslation();
  const row = table.rows[0]!;
  const figures = table.columns.filter((c) => c.type !== 'text');
  return (
    <SimpleGrid cols={Math.min(figures.length, 2)} spacing="xs" py="xs">
      {figures.map((c) => {
        const text = formatCell(row.cells[c.key], c.type, currency, t);
        const drill = drillOf(row.drill, c.key);
        const href = drill && row.cells[c.key] !== null ? drillHref(drill) : null;
        return (
          <Stack key={c.key} gap={0}>
            <Text size="xs" c="dimmed">{c.label}</Text>
            <Text fz={22} fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {href ? <Anchor component={Link} to={href} inherit>{text}</Anchor> : text}
            </Text>
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
