import { now } from '../../platform/clock.js';
import { Random } from '../../platform/demo/random.js';
import { dayIn } from '../../platform/time-zone.js';
import { saveSourceCosts } from '../analytics/source-costs.service.js';
import { DEMO_SOURCES } from './demo-clients.js';
import type { DemoSeedStep } from './seed-step.js';

/** Months of costs the demo enters: the deals' half year (demo-deals.ts), this month included. */
export const DEMO_COST_MONTHS = 7;

/**
 * What a source costs a month, as a share of the demo's CRM rollout price (150,000 RUB, 3,000 BGN,
 * 1,500 of anything else), [least, most]. So cost per acquisition and return on spend come out as a
 * sales head would expect of the demo's half year of deals: referrals cheap, exhibitions and
 * advertising dear, some channels paying off and some not.
 */
const COST_RANGE: Record<(typeof DEMO_SOURCES)[number], [number, number]> = {
  website: [0.03, 0.08], referral: [0.005, 0.015], exhibition: [0.1, 0.2], cold_call: [0.03, 0.05], advertising: [0.07, 0.15],
};
const ROLLOUT_MAJOR: Record<string, number> = { RUB: 150_000, BGN: 3_000, EUR: 1_500 };

/** The month `back` months before `month` (`YYYY-MM`). */
export function monthBefore(month: string, back: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Campaign costs per lead source for the last months, entered through the costs service as an
 * administrator would, so the sources widget shows cost per acquisition and return on spend.
 * Runs once per workspace: a workspace that has any costs keeps its own.
 */
export const demoSourceCostsStep: DemoSeedStep = {
  name: 'source_costs',
  async run(ctx) {
    const { trx, actor } = ctx;
    const any = await trx.selectFrom('source_costs').select('id').where('workspace_id', '=', ctx.workspaceId).limit(1).executeTakeFirst();
    if (any) return 0;
    const ws = await trx.selectFrom('workspaces').select(['time_zone', 'default_currency']).where('id', '=', ctx.workspaceId).executeTakeFirstOrThrow();
    const r = new Random(ctx.generator.seed + 17);
    const scale = ROLLOUT_MAJOR[ws.default_currency] ?? 1_500;
    const thisMonth = dayIn(now(), ws.time_zone).slice(0, 7);
    let created = 0;
    for (let back = DEMO_COST_MONTHS - 1; back >= 0; back--) {
      const items = DEMO_SOURCES.map((source) => {
        const [least, most] = COST_RANGE[source];
        const major = Math.round((scale * (least + (most - least) * r.int(0, 100) / 100)) / 10) * 10;
        // Minor units: every demo currency has two decimals.
        return { source, amount: major * 100, currency: ws.default_currency };
      });
      created += (await saveSourceCosts(trx, actor, monthBefore(thisMonth, back), items)).items.length;
    }
    return created;
  },
};
