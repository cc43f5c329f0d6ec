import { ActionIcon, Group, Menu, Paper, Text, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconDots, IconGripVertical, IconTrash } from '@tabler/icons-react';
import { useMemo, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REVENUE_BY } from './revenueBy';
import { useWidget, type DashboardWidget, type WidgetInfo, type WidgetQuery } from './analytics.api';
import { DEFAULT_CHART, SIZES, sizeOf, type Size } from './layout';
import { FiguresState, FiguresView } from './WidgetBody';
import { chartPlan } from './widgetChart';

interface Props {
  widget: DashboardWidget;
  info: WidgetInfo | undefined;
  query: WidgetQuery;
  editable: boolean;
  index: number;
  count: number;
  onChange: (widget: DashboardWidget) => void;
  onRemove: () => void;
  onMove: (to: number) => void;
  onDragStart: (e: DragEvent) => void;
  onDrop: (e: DragEvent) => void;
}

/** One widget of a dashboard: its title, its figures, and (for those who may edit) size, order and removal. */
export function WidgetCard({ widget, info, query, editable, index, count, onChange, onRemove, onMove, onDragStart, onDrop }: Props) {
  const { t } = useTranslation();
  const params = Object.fromEntries(Object.entries(widget.params).filter(([, v]) => v !== null && v !== '')) as Partial<WidgetQuery>;
  const answer = useWidget(widget.key, { ...query, ...params });
  const plan = useMemo(() => (answer.data ? chartPlan(widget.key, answer.data.data, answer.data.currency, t) : undefined), [answer.data, widget.key, t]);
  const size = sizeOf(widget);
  const height = size === 'S' ? 160 : 240;
  const title = info?.title ?? widget.key;
  const by = typeof widget.params.by === 'string' ? widget.params.by : null;
  const keys = (e: KeyboardEvent) => {
    // Alt+arrows move the focused widget through the grid, as the menu's moves do.
    if (!editable || !e.altKey) return;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') { e.preventDefault(); onMove(index - 1); }
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') { e.preventDefault(); onMove(index + 1); }
  };
  return (
    <Paper
      withBorder p="sm" radius="md" tabIndex={editable ? 0 : undefined} onKeyDown={keys}
      aria-label={title} data-testid={`widget-${widget.key}`}
      onDragOver={editable ? (e) => e.preventDefault() : undefined} onDrop={editable ? onDrop : undefined}
      style={{ gridColumn: `span ${widget.w}`, minWidth: 0 }}
    >
      <Group justify="space-between" wrap="nowrap" gap={4} mb={4}>
        <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
          {editable && (
            <span draggable onDragStart={onDragStart} style={{ cursor: 'grab', display: 'flex' }} aria-hidden>
              <IconGripVertical size={16} color="var(--mantine-color-dimmed)" />
            </span>
          )}
          <Tooltip label={info?.description ?? ''} disabled={!info?.description} multiline w={280}>
            <Text fw={600} size="sm" truncate>{title}{by ? ` · ${t(`analytics.by.${by}`)}` : ''}</Text>
          </Tooltip>
        </Group>
        {editable && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('analytics.widgetMenu', { title })}><IconDots size={16} /></ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('analytics.size')}</Menu.Label>
              {(Object.keys(SIZES) as Size[]).map((s) => (
                <Menu.Item key={s} onClick={() => onChange({ ...widget, w: SIZES[s] })} fw={s === size ? 700 : undefined}>{t(`analytics.sizes.${s}`)}</Menu.Item>
              ))}
              {widget.key === 'revenue' && (
                <>
                  <Menu.Label>{t('analytics.groupBy')}</Menu.Label>
                  {REVENUE_BY.map((b) => (
                    <Menu.Item key={b} onClick={() => onChange({ ...widget, params: { ...widget.params, by: b } })} fw={b === (by ?? 'period') ? 700 : undefined}>{t(`analytics.by.${b}`)}</Menu.Item>
                  ))}
                </>
              )}
              <Menu.Divider />
              <Menu.Item leftSection={<IconArrowLeft size={14} />} disabled={index === 0} onClick={() => onMove(index - 1)}>{t('analytics.moveEarlier')}</Menu.Item>
              <Menu.Item leftSection={<IconArrowRight size={14} />} disabled={index === count - 1} onClick={() => onMove(index + 1)}>{t('analytics.moveLater')}</Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={onRemove}>{t('analytics.remove')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {answer.data ? (
        <FiguresView
          table={answer.data.data} currency={answer.data.currency} kind={DEFAULT_CHART[widget.key] ?? 'table'} height={height}
          label={title} emptyText={t(`analytics.empty.${widget.key}`)} heat={widget.key === 'retention'} showTable={size === 'L'} plan={plan}
        />
      ) : (
        <FiguresState loading={answer.isLoading} error={answer.error} height={height} />
      )}
    </Paper>
  );
}
