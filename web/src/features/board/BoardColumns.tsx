import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  DndContext, DragOverlay, MouseSensor, pointerWithin, rectIntersection, TouchSensor, useSensor, useSensors,
  type CollisionDetection, type DragEndEvent, type DragStartEvent,
} from '@dnd-kit/core';
import { VisuallyHidden } from '@mantine/core';
import type { Board, BoardDeal, Stage } from './board.api';
import { BoardColumn } from './BoardColumn';
import { targetAt, type MoveTarget } from './boardState';
import { ClosedZone } from './ClosedZone';
import { DealCard } from './DealCard';
import { LostReasonDialog } from './LostReasonDialog';
import classes from './Board.module.css';

export interface BoardColumnsProps {
  board: Board;
  onMove: (deal: BoardDeal, target: MoveTarget) => void;
  onLoadMore: (stageId: string) => void;
  onCreate: (stageId: string, title: string, amount: number | undefined) => Promise<unknown>;
}

// Cards are drop targets inside their column: a card under the pointer wins over the column.
const collisions: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  const card = hits.find((h) => String(h.id).startsWith('card:'));
  if (card) return [card];
  return hits.length ? hits : rectIntersection(args);
};

/** Focuses a card once it is on screen in the stage's column (after a move it arrives a few frames later). */
function focusCard(id: string, stageId?: string, tries = 30): void {
  requestAnimationFrame(() => {
    const scope = stageId ? `[data-stage-id="${CSS.escape(stageId)}"] ` : '';
    const card = document.querySelector<HTMLElement>(`${scope}[data-deal-id="${CSS.escape(id)}"]`);
    if (card) card.focus();
    else if (tries > 0) focusCard(id, stageId, tries - 1);
  });
}

/**
 * The columns of a board with drag and drop (mouse, touch after a press, keyboard) and the lost
 * reason asked before a deal is lost. Moves are announced to screen readers.
 */
export function BoardColumns({ board, onMove, onLoadMore, onCreate }: BoardColumnsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [active, setActive] = useState<BoardDeal | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [losing, setLosing] = useState<{ deal: BoardDeal; target: MoveTarget } | null>(null);
  const scrollers = useRef(new Map<string, (index: number) => void>());
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    // On touch a card is picked up after a press, so a swipe still scrolls the columns.
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );
  // Keys are the cards' own (see onKeyDown), not dnd-kit's keyboard sensor.
  const registerScroll = useCallback((id: string, fn: ((index: number) => void) | null) => {
    if (fn) scrollers.current.set(id, fn);
    else scrollers.current.delete(id);
  }, []);
  const stages: Stage[] = useMemo(() => board.columns.map((c) => c.stage as Stage), [board.columns]);
  const open = board.columns.filter((c) => c.stage.kind === 'open');
  const closed = board.columns.filter((c) => c.stage.kind !== 'open');
  const columnOf = useCallback((stageId: string) => board.columns.find((c) => c.stage.id === stageId), [board.columns]);

  const move = useCallback((deal: BoardDeal, target: MoveTarget) => {
    const column = columnOf(target.stageId);
    if (!column) return;
    if (column.stage.kind === 'lost' && deal.stage.id !== column.stage.id && !target.lostReasonId) {
      setLosing({ deal, target });
      return;
    }
    onMove(deal, target);
    const others = column.items.filter((d) => d.id !== deal.id);
    const position = target.afterId ? others.findIndex((d) => d.id === target.afterId) + 2 : target.beforeId ? Math.max(1, others.findIndex((d) => d.id === target.beforeId) + 1) : 1;
    setAnnouncement(t('board.announceMoved', { title: deal.title, stage: column.stage.name, position, total: deal.stage.id === column.stage.id ? column.count : column.count + 1 }));
  }, [columnOf, onMove, t]);

  const moveTo = useCallback((deal: BoardDeal, stageId: string) => move(deal, { stageId }), [move]);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>, deal: BoardDeal) => {
    if (event.target !== event.currentTarget) return;
    const column = columnOf(deal.stage.id);
    if (!column) return;
    const index = column.items.findIndex((d) => d.id === deal.id);
    const at = stages.findIndex((s) => s.id === deal.stage.id);
    const focusIn = (stageId: string, i: number) => {
      const items = columnOf(stageId)?.items ?? [];
      const target = items[Math.max(0, Math.min(i, items.length - 1))];
      if (!target) return;
      scrollers.current.get(stageId)?.(items.indexOf(target));
      focusCard(target.id);
    };
    let handled = true;
    if (event.key === 'Enter') navigate(`/deals/${deal.id}`);
    else if (event.shiftKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
      const next = stages[at + (event.key === 'ArrowRight' ? 1 : -1)];
      if (next) {
        move(deal, { stageId: next.id });
        if (next.kind === 'open') {
          scrollers.current.get(next.id)?.(0);
          focusCard(deal.id, next.id);
        }
      }
    } else if (event.shiftKey && event.key === 'ArrowUp' && index > 0) {
      move(deal, { stageId: column.stage.id, beforeId: column.items[index - 1]!.id });
      focusCard(deal.id, column.stage.id);
    } else if (event.shiftKey && event.key === 'ArrowDown' && index < column.items.length - 1) {
      move(deal, { stageId: column.stage.id, afterId: column.items[index + 1]!.id });
      focusCard(deal.id, column.stage.id);
    } else if (!event.shiftKey && event.key === 'ArrowUp') focusIn(column.stage.id, index - 1);
    else if (!event.shiftKey && event.key === 'ArrowDown') focusIn(column.stage.id, index + 1);
    else if (!event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      const step = event.key === 'ArrowRight' ? 1 : -1;
      const openStages = open.map((c) => c.stage.id);
      const next = openStages[openStages.indexOf(column.stage.id) + step];
      if (next) focusIn(next, 0);
    } else handled = false;
    if (handled) event.preventDefault();
  }, [columnOf, stages, open, move, navigate]);

  const onDragStart = (event: DragStartEvent) => setActive((event.active.data.current as { deal: BoardDeal }).deal);
  const onDragEnd = ({ active: dragged, over }: DragEndEvent) => {
    setActive(null);
    const deal = (dragged.data.current as { deal: BoardDeal } | undefined)?.deal;
    if (!deal || !over) return;
    const { stageId, dealId } = over.data.current as { stageId: string; dealId?: string };
    const column = columnOf(stageId);
    if (!column) return;
    let target: MoveTarget;
    if (dealId && dealId !== deal.id) {
      // Below the middle of the card under the pointer: after it; above: before it.
      const rect = dragged.rect.current.translated;
      const below = rect ? rect.top + rect.height / 2 > over.rect.top + over.rect.height / 2 : false;
      target = below ? { stageId, afterId: dealId } : { stageId, beforeId: dealId };
    } else if (dealId === deal.id) return;
    else target = column.stage.kind === 'open' ? targetAt(column, deal.id, column.items.length) : { stageId };
    const unchanged = stageId === deal.stage.id && (() => {
      const items = column.items;
      const i = items.findIndex((d) => d.id === deal.id);
      return (target.afterId && items[i - 1]?.id === target.afterId) || (target.beforeId && items[i + 1]?.id === target.beforeId) || (!target.afterId && !target.beforeId && i === 0);
    })();
    if (!unchanged) move(deal, target);
  };

  return (
    <>
      <VisuallyHidden id="board-keyboard-help">{t('board.keyboardHelp')}</VisuallyHidden>
      <VisuallyHidden aria-live="assertive" role="status" data-testid="board-announcement">{announcement}</VisuallyHidden>
      <DndContext
        sensors={sensors}
        collisionDetection={collisions}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActive(null)}
        accessibility={{
          announcements: {
            onDragStart: () => t('board.announcePicked', { title: active?.title ?? '' }),
            onDragOver: () => '',
            onDragEnd: () => '',
            onDragCancel: () => t('board.announceCancelled'),
          },
          screenReaderInstructions: { draggable: t('board.keyboardHelp') },
        }}
      >
        <div className={classes.columns} data-testid="board-columns">
          {open.map((column) => (
            <BoardColumn
              key={column.stage.id}
              column={column}
              stages={stages}
              activeId={active?.id ?? null}
              onMoveTo={moveTo}
              onCardKeyDown={onKeyDown}
              onLoadMore={onLoadMore}
              onCreate={onCreate}
              registerScroll={registerScroll}
            />
          ))}
          {closed.length > 0 && (
            <div className={classes.closedZones}>
              {closed.map((column) => <ClosedZone key={column.stage.id} column={column} />)}
            </div>
          )}
        </div>
        <DragOverlay dropAnimation={null}>
          {active ? <DealCard deal={active} stages={stages} onMoveTo={moveTo} overlay /> : null}
        </DragOverlay>
      </DndContext>
      <LostReasonDialog
        title={losing?.deal.title ?? null}
        onCancel={() => setLosing(null)}
        onConfirm={(lostReasonId, lostComment) => {
          if (losing) move(losing.deal, { ...losing.target, lostReasonId, lostComment });
          setLosing(null);
        }}
      />
    </>
  );
}
