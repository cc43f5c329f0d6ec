import type { Board, BoardColumn, BoardDeal } from './board.api';

/** Where a card goes: a stage, and its neighbours there (none: the top of the column). */
export interface MoveTarget {
  stageId: string;
  afterId?: string | null;
  beforeId?: string | null;
  lostReasonId?: string;
  lostComment?: string;
}

type Amount = BoardColumn['amounts'][number];

function addAmount(amounts: Amount[], currency: string, sum: number, probability: number): Amount[] {
  const weighted = Math.round((sum * probability) / 100);
  const found = amounts.find((a) => a.currency === currency);
  const next = found
    ? amounts.map((a) => (a.currency === currency ? { ...a, sum: a.sum + sum, weighted: a.weighted + weighted } : a))
    : [...amounts, { currency, sum, weighted }];
  // Until the server's sums arrive, a currency that sums to nothing is left out.
  return next.filter((a) => a.sum !== 0);
}

/** The board as it will be after the move (the optimistic picture; the server's sums follow). */
export function applyMove(board: Board, deal: BoardDeal, target: MoveTarget): Board {
  const from = board.columns.find((c) => c.items.some((d) => d.id === deal.id)) ?? board.columns.find((c) => c.stage.id === deal.stage.id);
  const to = board.columns.find((c) => c.stage.id === target.stageId);
  if (!to) return board;
  const stage = to.stage;
  const moved: BoardDeal = {
    ...deal,
    stage: { id: stage.id, name: stage.name, kind: stage.kind, color: stage.color, probability: stage.probability },
    status: stage.kind,
    rotting: from?.stage.id === stage.id ? deal.rotting : false,
  };
  const columns = board.columns.map((column) => {
    let { items, count, amounts } = column;
    if (column === from) {
      items = items.filter((d) => d.id !== deal.id);
      if (from !== to) {
        count -= 1;
        amounts = addAmount(amounts, deal.currency, -(deal.amount ?? 0), column.stage.probability);
      }
    }
    if (column === to) {
      let at = 0;
      if (target.afterId) at = items.findIndex((d) => d.id === target.afterId) + 1;
      else if (target.beforeId) at = Math.max(0, items.findIndex((d) => d.id === target.beforeId));
      items = [...items.slice(0, at), moved, ...items.slice(at)];
      if (from !== to) {
        count += 1;
        amounts = addAmount(amounts, deal.currency, deal.amount ?? 0, column.stage.probability);
      }
    }
    return items === column.items ? column : { ...column, items, count, amounts };
  });
  return { ...board, columns };
}

/**
 * A fresh board merged into the one on screen: the columns named in `stages` (all when null) take
 * the fresh cards; the others keep the cards loaded further down. Counts and sums are always fresh.
 */
export function mergeBoard(old: Board, fresh: Board, stages: ReadonlySet<string> | null): Board {
  const before = new Map(old.columns.map((c) => [c.stage.id, c]));
  return {
    ...fresh,
    columns: fresh.columns.map((column) => {
      const was = before.get(column.stage.id);
      if (!was || stages === null || stages.has(column.stage.id) || was.items.length <= column.items.length) return column;
      return { ...column, items: was.items, nextCursor: was.nextCursor };
    }),
  };
}

/** Where a card lands when dropped at `index` of a column's cards (the card itself left out). */
export function targetAt(column: BoardColumn, dealId: string, index: number): MoveTarget {
  const others = column.items.filter((d) => d.id !== dealId);
  const clamped = Math.max(0, Math.min(index, others.length));
  if (clamped === 0) return { stageId: column.stage.id, beforeId: others[0]?.id ?? null };
  return { stageId: column.stage.id, afterId: others[clamped - 1]!.id };
}
