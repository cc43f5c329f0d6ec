// The types this step creates register themselves when imported (the seed also runs outside the server).
import '../companies/company.record.js';
import '../products/product.record.js';
import '../sales/deal.record.js';
import '../sales/sales-setup.js';
import { recordType } from '../../platform/records/registry.js';
import { Random } from '../../platform/demo/random.js';
import * as records from '../records/records.service.js';
import { createProduct } from '../products/products.service.js';
import { createDeal, moveDeal } from '../sales/deals.service.js';
import { listPipelinesFor } from '../sales/pipelines.service.js';
import { listReasons } from '../sales/lost-reasons.service.js';
import { addMs, now } from '../../platform/clock.js';
import type { DemoSeedStep } from './seed-step.js';
// The clients' sources, so the analytics' sources widget has channels to compare.
import { DEMO_SOURCES } from './demo-clients.js';

const DAY_MS = 86_400_000;

const PRODUCTS: Record<string, Array<[string, string, number]>> = {
  ru: [['Внедрение CRM', 'шт', 15_000_000], ['Обучение сотрудников', 'ч', 350_000], ['Подписка на год', 'шт', 4_800_000], ['Настройка телефонии', 'шт', 2_500_000], ['Поддержка', 'мес', 900_000]],
  bg: [['Внедряване на CRM', 'бр', 300_000], ['Обучение', 'ч', 8_000], ['Годишен абонамент', 'бр', 96_000], ['Настройка на телефония', 'бр', 50_000], ['Поддръжка', 'мес', 18_000]],
  en: [['CRM rollout', 'pcs', 150_000], ['Staff training', 'h', 4_000], ['Yearly subscription', 'pcs', 48_000], ['Telephony setup', 'pcs', 25_000], ['Support', 'mo', 9_000]],
};
const TITLES: Record<string, string[]> = {
  ru: ['Внедрение', 'Расширение лицензий', 'Пилотный проект', 'Годовой контракт'],
  bg: ['Внедряване', 'Още лицензи', 'Пилотен проект', 'Годишен договор'],
  en: ['Rollout', 'More seats', 'Pilot project', 'Yearly contract'],
};

/**
 * A product catalog and deals on every stage of the first pipeline, one or two per demo company,
 * owned by the company's owner; some won, some lost with a reason. Runs once per workspace.
 */
export const demoDealsStep: DemoSeedStep = {
  name: 'deals',
  async run(ctx) {
    const { trx, actor } = ctx;
    const dealType = recordType('deal')!;
    if ((await records.listPage(trx, actor, dealType, { sort: 'name', limit: 1 } as never)).items.length > 0) return 0;
    const companyType = recordType('company')!;
    const companies = (await records.listPage(trx, actor, companyType, { sort: 'name', limit: 60 } as never)).items as Array<{ id: string; name: string; owner: { id: string } }>;
    if (companies.length === 0) return 0;
    const ws = await trx.selectFrom('workspaces').select(['locale', 'default_currency']).where('id', '=', ctx.workspaceId).executeTakeFirstOrThrow();
    const lang = ws.locale.slice(0, 2);
    const r = new Random(ctx.generator.seed + 9);
    let created = 0;
    // The catalog belongs to the head of sales, who keeps it.
    const keeper = (ctx.users.find((u) => u.role === 'head_of_sales') ?? ctx.users[0])?.id;
    if (!keeper) return 0;
    const products = [];
    for (const [name, unit, price] of PRODUCTS[lang] ?? PRODUCTS.en!) {
      products.push(await createProduct(trx, actor, { name, unit, prices: [{ currency: ws.default_currency, amount: price }], taxRate: 2000, ownerId: keeper }));
      created++;
    }
    const pipeline = (await listPipelinesFor(trx, actor, false))[0]!;
    const reasons = await listReasons(trx, actor, false);
    const titles = TITLES[lang] ?? TITLES.en!;
    const open = pipeline.stages.filter((st) => st.kind === 'open');
    for (const company of companies) {
      for (let n = r.int(1, 2); n > 0; n--) {
        const items = [{ productId: r.pick(products).id, quantity: r.int(1, 5) }];
        // Spread over the last half year so the dashboard has months to compare.
        const createdAt = addMs(now(), -r.int(3, 180) * DAY_MS);
        const target = r.pick(pipeline.stages);
        const expectedClose = target.kind === 'open' ? addMs(now(), r.int(-10, 60) * DAY_MS).slice(0, 10) : null;
        const deal = await createDeal(trx, actor, { title: `${r.pick(titles)} — ${company.name}`, companyId: company.id, ownerId: company.owner.id, items, source: r.pick(DEMO_SOURCES), expectedClose });
        created++;
        // Through the open stages one by one (the funnel counts what each deal reached), then to the target.
        const path = target.kind === 'open' ? open.slice(1, open.findIndex((st) => st.id === target.id) + 1) : [...open.slice(1, r.int(1, open.length)), target];
        let version = deal.version;
        let at = createdAt;
        const times: Array<[string, string]> = [];
        for (const stage of path) {
          const lost = stage.kind === 'lost' ? { lostReasonId: r.pick(reasons).id } : {};
          version = (await moveDeal(trx, actor, deal.id, { stageId: stage.id, version, ...lost })).version;
          at = addMs(at, r.int(1, 12) * DAY_MS);
          if (at > now()) at = now();
          times.push([stage.id, at]);
        }
        await backdate(trx, deal.id, createdAt, times, target.kind);
      }
    }
    return created;
  },
};

/** Puts a demo deal's creation, stage entries and close back to the given instants. */
async function backdate(trx: Parameters<DemoSeedStep['run']>[0]['trx'], dealId: string, createdAt: string, times: Array<[string, string]>, kind: string): Promise<void> {
  await trx.updateTable('deal_stage_moves').set({ moved_at: createdAt }).where('deal_id', '=', dealId).where('from_stage_id', 'is', null).execute();
  for (const [stageId, at] of times) await trx.updateTable('deal_stage_moves').set({ moved_at: at }).where('deal_id', '=', dealId).where('to_stage_id', '=', stageId).execute();
  const last = times.at(-1)?.[1] ?? createdAt;
  const closes = kind === 'won' ? { won_at: last, closed_at: last } : kind === 'lost' ? { lost_at: last, closed_at: last } : {};
  await trx.updateTable('deals').set({ created_at: createdAt, stage_entered_at: last, ...closes }).where('id', '=', dealId).execute();
}
