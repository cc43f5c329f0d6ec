import { describe, expect, it } from 'vitest';

/** The board's optimistic move and live merge (web/src/features/board/boardState.ts), without a browser. */

// The web code is typed by the web's own tsconfig; here it is loaded as a module with the shapes it needs.
type Amount = { currency: string; sum: number; weighted: number };
type BoardDeal = { id: string; amount: number; currency: string; status?: string; stage: { id: string; probability: number } };
type Column = { stage: { id: string; kind: string; probability: number }; count: number; amounts: Amount[]; items: BoardDeal[]; nextCursor: string | null };
type Board = { pipeline: unknown; columns: Column[]; totals: { count: number; amounts: Amount[] }; mixedCurrencies: boolean };
type Target = { stageId: string; afterId?: string | null; beforeId?: string | null };
interface BoardStateModule {
  applyMove(board: Board, deal: BoardDeal, target: Target): Board;
  mergeBoard(old: Board, fresh: Board, stages: ReadonlySet<string> | null): Board;
  targetAt(column: Column, dealId: string, index: number): Target;
}
const { applyMove, mergeBoard, targetAt } = (await import(new URL('../web/src/features/board/boardState.ts', import.meta.url).pathname)) as BoardStateModule;

const stage = (id: string, probability: number, kind: 'open' | 'won' | 'lost' = 'open') =>
  ({ id, pipelineId: 'p', name: id.toUpperCase(), color: '#000000', probability, kind, rottingDays: null, position: 0, retired: false, version: 1 });
const deal = (id: string, stageId: string, amount: number, currency = 'EUR') =>
  ({ id, title: id, amount, currency, version: 1, rotting: false, stage: { id: stageId, name: stageId, kind: 'open', color: '#000000', probability: 10 } }) as unknown as BoardDeal;

function board(): Board {
  return {
    pipeline: {},
    columns: [
      { stage: stage('a', 10), count: 3, amounts: [{ currency: 'EUR', sum: 600, weighted: 60 }], items: [deal('d1', 'a', 100), deal('d2', 'a', 200), deal('d3', 'a', 300)], nextCursor: 'c-a' },
      { stage: stage('b', 50), count: 1, amounts: [{ currency: 'BGN', sum: 1000, weighted: 500 }], items: [deal('d4', 'b', 1000, 'BGN')], nextCursor: null },
      { stage: stage('won', 100, 'won'), count: 0, amounts: [], items: [], nextCursor: null },
    ],
    totals: { count: 4, amounts: [] },
    mixedCurrencies: true,
  };
}
const ids = (b: Board, i: number) => b.columns[i]!.items.map((d) => d.id);

describe('the board state', () => {
  it('moves a card to another column at its place, with counts and sums per currency following', () => {
    const before = board();
    const after = applyMove(before, before.columns[0]!.items[1]!, { stageId: 'b', afterId: 'd4' });
    expect(ids(after, 0)).toEqual(['d1', 'd3']);
    expect(ids(after, 1)).toEqual(['d4', 'd2']);
    expect(after.columns[0]).toMatchObject({ count: 2, amounts: [{ currency: 'EUR', sum: 400, weighted: 40 }] });
    expect(after.columns[1]).toMatchObject({ count: 2, amounts: [{ currency: 'BGN', sum: 1000, weighted: 500 }, { currency: 'EUR', sum: 200, weighted: 100 }] });
    expect(after.columns[1]!.items[1]!.stage).toMatchObject({ id: 'b', probability: 50 });
    expect(ids(before, 0)).toEqual(['d1', 'd2', 'd3']);
  });

  it('reorders within a column without touching its count, and drops a currency that sums to nothing', () => {
    const b = board();
    const moved = applyMove(b, b.columns[0]!.items[2]!, { stageId: 'a', beforeId: 'd1' });
    expect(ids(moved, 0)).toEqual(['d3', 'd1', 'd2']);
    expect(moved.columns[0]!.count).toBe(3);
    const won = applyMove(b, b.columns[1]!.items[0]!, { stageId: 'won' });
    expect(won.columns[1]).toMatchObject({ count: 0, amounts: [] });
    expect(won.columns[2]).toMatchObject({ count: 1, amounts: [{ currency: 'BGN', sum: 1000, weighted: 1000 }] });
    expect(won.columns[2]!.items[0]!.status).toBe('won');
  });

  it('names the neighbours of a drop position, leaving the dragged card out', () => {
    const column = board().columns[0]!;
    expect(targetAt(column, 'd2', 0)).toEqual({ stageId: 'a', beforeId: 'd1' });
    expect(targetAt(column, 'd2', 2)).toEqual({ stageId: 'a', afterId: 'd3' });
    expect(targetAt(column, 'd1', 99)).toEqual({ stageId: 'a', afterId: 'd3' });
  });

  it('merges a fresh board: changed columns take the fresh cards, others keep the ones loaded further down', () => {
    const old = board();
    old.columns[0] = { ...old.columns[0]!, items: [...old.columns[0]!.items, deal('d9', 'a', 1)], nextCursor: 'c-a2' };
    old.columns[1] = { ...old.columns[1]!, items: [...old.columns[1]!.items, deal('d8', 'b', 1)] };
    const fresh = board();
    fresh.columns[0] = { ...fresh.columns[0]!, count: 7 };
    const merged = mergeBoard(old, fresh, new Set(['b']));
    expect(ids(merged, 0)).toEqual(['d1', 'd2', 'd3', 'd9']);
    expect(merged.columns[0]).toMatchObject({ count: 7, nextCursor: 'c-a2' });
    expect(ids(merged, 1)).toEqual(['d4']);
    expect(ids(mergeBoard(old, fresh, null), 0)).toEqual(['d1', 'd2', 'd3']);
  });
});
