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
import type { DemoSeedStep } from './seed-step.js';

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
    for (const company of companies) {
      for (let n = r.int(1, 2); n > 0; n--) {
        const items = [{ productId: r.pick(products).id, quantity: r.int(1, 5) }];
        const deal = await createDeal(trx, actor, { title: `${r.pick(titles)} — ${company.name}`, companyId: company.id, ownerId: company.owner.id, items });
        created++;
        const stage = r.pick(pipeline.stages);
        if (stage.id === deal.stage.id) continue;
        const lost = stage.kind === 'lost' ? { lostReasonId: r.pick(reasons).id } : {};
        await moveDeal(trx, actor, deal.id, { stageId: stage.id, version: deal.version, ...lost });
      }
    }
    return created;
  },
};
