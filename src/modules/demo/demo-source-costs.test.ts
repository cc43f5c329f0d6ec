import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, testDatabase } from '../../../test/db.js';
import type { DatabaseHandle } from '../../db/connect.js';
import { freezeClock } from '../../platform/clock.js';
import { runWidget } from '../analytics/analytics.service.js';
import { systemActor } from '../users/users.service.js';
import { DEMO_SOURCES } from './demo-clients.js';
import { DEMO_COST_MONTHS, monthBefore } from './demo-source-costs.js';
import { seedDemo } from './seed.js';

// Only the staff and the costs: the costs step needs no deals, and the client base is slow to write.
const COSTS = { only: ['users', 'source_costs'] };

afterEach(() => freezeClock(null));

describe('monthBefore', () => {
  it('steps back over year ends', () => {
    expect(monthBefore('2026-03', 0)).toBe('2026-03');
    expect(monthBefore('2026-03', 3)).toBe('2025-12');
    expect(monthBefore('2026-01', 13)).toBe('2024-12');
  });
});

describe.each(DIALECTS)('demo source costs on %s', (dialect) => {
  let handle: DatabaseHandle | null = null;
  afterEach(async () => {
    await handle?.close();
    handle = null;
  });

  it('enters a cost per source for the last months once, which the sources widget divides by', async () => {
    // Mid-month in Moscow, the demo's zone: the costs run from June back to December.
    freezeClock(new Date('2026-06-15T09:00:00.000Z'));
    handle = await testDatabase(dialect);
    const { db } = handle;
    const first = await seedDemo(db, dialect, COSTS);
    const rows = await db.selectFrom('source_costs').select(['source', 'month', 'amount', 'currency']).where('workspace_id', '=', first.workspaceId).execute();
    expect(rows).toHaveLength(DEMO_COST_MONTHS * DEMO_SOURCES.length);
    // The workspace, its nine people, and the costs.
    expect(first.created).toBe(10 + rows.length);
    expect(new Set(rows.map((r) => r.month))).toEqual(new Set(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']));
    expect(rows.every((r) => r.currency === 'RUB' && Number(r.amount) > 0 && Number(r.amount) % 100 === 0)).toBe(true);
    // Referrals cost least, exhibitions most, month after month.
    const june = new Map(rows.filter((r) => r.month === '2026-06').map((r) => [r.source, Number(r.amount)]));
    expect(june.get('referral')!).toBeLessThan(june.get('exhibition')!);
    expect(june.get('referral')!).toBeLessThan(june.get('website')!);

    // Run again: the workspace keeps the costs it has.
    expect((await seedDemo(db, dialect, COSTS)).created).toBe(0);
    expect(await db.selectFrom('source_costs').select('id').where('workspace_id', '=', first.workspaceId).execute()).toHaveLength(rows.length);

    const answer = await runWidget(db, systemActor(first.workspaceId), 'sources', { from: '2026-06-01', to: '2026-06-30' });
    const referral = answer.data.rows.find((r) => r.cells.source === 'referral')!;
    expect(referral.cells.cost).toBe(june.get('referral'));
    // No revenue yet in this slice of the demo: the return on spend is a full loss, not a blank.
    expect(referral.cells.romi).toBe(-100);
    expect(answer.data.totals?.cost).toBe([...june.values()].reduce((s, v) => s + v, 0));
  });
});
