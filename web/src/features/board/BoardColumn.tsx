import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ActionIcon, Group, Loader, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { BoardColumn as Column, BoardDeal, Stage } from './board.api';
import { ColumnSums } from './ColumnSums';
import { DealCard } from './DealCard';
import { QuickCreate } from './QuickCreate';
import classes from './Board.module.css';

export interface BoardColumnProps {
  column: Column;
  stages: Stage[];
  activeId: string | null;
  onMoveTo: (deal: BoardDeal, stageId: string) => void;
  onCardKeyDown: (event: KeyboardEvent<HTMLDivElement>, deal: BoardDeal) => void;
  onLoadMore: (stageId: string) => void;
  onCreate: (stageId: string, title: string, amount: number | undefined) => Promise<unknown>;
  /** Registers the function that scrolls this column to a card (keyboard moves). */
  registerScroll: (stageId: string, scrollTo: ((index: number) => void) | null) => void;
}

/** A card that can be dragged, and dropped on (to land before or after it). */
function DraggableCard(props: { deal: BoardDeal; stageId: string } & Pick<BoardColumnProps, 'stages' | 'onMoveTo' | 'onCardKeyDown' | 'activeId'>) {
  const { deal, stageId } = props;
  const drag = useDraggable({ id: deal.id, data: { deal } });
  const drop = useDroppable({ id: `card:${deal.id}`, data: { stageId, dealId: deal.id } });
  return (
    <div
      ref={(node) => {
        drag.setNodeRef(node);
        drop.setNodeRef(node);
      }}
      {...drag.listeners}
      {...drag.attributes}
      // The card itself takes focus and keys; the wrapper is only the drag handle.
      tabIndex={-1}
      role={undefined}
      aria-describedby={undefined}
      aria-roledescription={undefined}
    >
      <DealCard deal={deal} stages={props.stages} onMoveTo={props.onMoveTo} onKeyDown={props.onCardKeyDown} dragging={props.activeId === deal.id} />
    </div>
  );
}

/** One open stage: its count and sums, quick-create, and its cards, rendered only where visible. */
export function BoardColumn({ column, stages, activeId, onMoveTo, onCardKeyDown, onLoadMore, onCreate, registerScroll }: BoardColumnProps) {
  const { t } = useTranslation();
  const { stage, items, nextCursor } = column;
  const [creating, setCreating] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const drop = useDroppable({ id: `column:${stage.id}`, data: { stageId: stage.id } });
  const hasMore = nextCursor !== null;
  const virtualizer = useVirtualizer({
    count: items.length + (hasMore ? 1 : 0),
    getScrollElement: () => scroller.current,
    estimateSize: () => 104,
    overscan: 6,
    getItemKey: (index) => items[index]?.id ?? 'more',
  });
  const virtualItems = virtualizer.getVirtualItems();
  const last = virtualItems.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && last >= items.length - 5) onLoadMore(stage.id);
  }, [hasMore, last, items.length, onLoadMore, stage.id]);

  useEffect(() => {
    registerScroll(stage.id, (index) => virtualizer.scrollToIndex(index, { align: 'auto' }));
    return () => registerScroll(stage.id, null);
  }, [registerScroll, stage.id, virtualizer]);

  return (
    <section
      ref={drop.setNodeRef}
      className={classes.column}
      style={{ ['--stage-color' as string]: stage.color }}
      data-over={drop.isOver || undefined}
      aria-labelledby={`stage-${stage.id}`}
      data-stage-id={stage.id}
    >
      <Stack gap={2} className={classes.columnHeader}>
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="sm" id={`stage-${stage.id}`} lineClamp={1}>{stage.name}</Title>
          <Group gap={4} wrap="nowrap">
            <Text size="sm" c="dimmed" data-testid="column-count" aria-label={t('board.dealCount', { total: column.count })}>{column.count}</Text>
            <Tooltip label={t('board.quickCreate')}>
              <ActionIcon variant="subtle" size="sm" aria-label={t('board.quickCreateIn', { stage: stage.name })} onClick={() => setCreating((v) => !v)}>
                <IconPlus size={14} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        <ColumnSums amounts={column.amounts} probability={stage.probability} />
      </Stack>
      {creating && (
        <QuickCreate stageName={stage.name} onCancel={() => setCreating(false)} onCreate={async (title, amount) => {
          await onCreate(stage.id, title, amount);
          setCreating(false);
        }} />
      )}
      <div ref={scroller} className={classes.scroller}>
        {items.length === 0 && !hasMore && <Text size="xs" c="dimmed" ta="center" py="md">{t('board.emptyColumn')}</Text>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualItems.map((row) => {
            const deal = items[row.index];
            return (
              <div
                key={row.key}
                data-index={row.index}
                ref={virtualizer.measureElement}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)`, paddingBottom: 6 }}
              >
                {deal ? (
                  <DraggableCard deal={deal} stageId={stage.id} stages={stages} onMoveTo={onMoveTo} onCardKeyDown={onCardKeyDown} activeId={activeId} />
                ) : (
                  <Group justify="center" py="xs"><Loader size="xs" aria-label={t('board.loadingMore')} /></Group>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
