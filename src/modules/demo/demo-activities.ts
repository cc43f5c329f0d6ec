// The types this step creates register themselves when imported (the seed also runs outside the server).
import '../activities/activity.record.js';
import { addMs, now } from '../../platform/clock.js';
import { Random } from '../../platform/demo/random.js';
import { recordType } from '../../platform/records/registry.js';
import * as records from '../records/records.service.js';
import type { DemoSeedStep } from './seed-step.js';

type Texts = { calls: string[]; results: string[]; meetings: string[]; places: string[]; letters: string[]; notes: string[]; tasks: string[] };
const TEXTS: Record<string, Texts> = {
  ru: {
    calls: ['Первый звонок', 'Уточнить потребности', 'Обсудить коммерческое предложение', 'Договориться о встрече'],
    results: ['Интересуются, просили КП', 'Перезвонить после праздников', 'Согласовали бюджет', 'Не дозвонились'],
    meetings: ['Встреча у клиента', 'Демонстрация системы', 'Переговоры по договору'],
    places: ['Офис клиента', 'Наш офис', 'Zoom'],
    letters: ['Отправлено коммерческое предложение', 'Отправлен проект договора'],
    notes: ['Решение принимает генеральный директор', 'Конкурент предложил скидку 10%'],
    tasks: ['Подготовить КП', 'Отправить договор', 'Перезвонить', 'Выставить счёт'],
  },
  bg: {
    calls: ['Първо обаждане', 'Уточняване на нуждите', 'Обсъждане на офертата', 'Уговаряне на среща'],
    results: ['Проявяват интерес, искат оферта', 'Да се обадим след празниците', 'Съгласуван бюджет', 'Няма отговор'],
    meetings: ['Среща при клиента', 'Демонстрация на системата', 'Преговори по договора'],
    places: ['Офисът на клиента', 'Нашият офис', 'Zoom'],
    letters: ['Изпратена оферта', 'Изпратен проектодоговор'],
    notes: ['Решението взема управителят', 'Конкурент предложи 10% отстъпка'],
    tasks: ['Подготви оферта', 'Изпрати договор', 'Обади се отново', 'Издай фактура'],
  },
  en: {
    calls: ['First call', 'Clarify the needs', 'Discuss the proposal', 'Arrange a meeting'],
    results: ['Interested, asked for a proposal', 'Call back after the holidays', 'Budget agreed', 'No answer'],
    meetings: ['Meeting at the client', 'System demo', 'Contract negotiation'],
    places: ["Client's office", 'Our office', 'Zoom'],
    letters: ['Proposal sent', 'Draft contract sent'],
    notes: ['The managing director decides', 'A competitor offered 10% off'],
    tasks: ['Prepare a proposal', 'Send the contract', 'Call back', 'Issue the invoice'],
  },
};
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * A few weeks of history and plans on the demo deals: calls, meetings, letters and notes of the
 * last three weeks, and for most open deals a planned next step in the coming two. Runs once per workspace.
 */
export const demoActivitiesStep: DemoSeedStep = {
  name: 'activities',
  async run(ctx) {
    const { trx, actor } = ctx;
    const kind = recordType('activity')!;
    if ((await records.listPage(trx, actor, kind, { sort: 'name', limit: 1 } as never)).items.length > 0) return 0;
    const deals = (await records.listPage(trx, actor, recordType('deal')!, { sort: 'name', limit: 100 } as never)).items as Array<{ id: string; status: string; owner: { id: string }; company: { id: string } | null }>;
    const ws = await trx.selectFrom('workspaces').select(['locale']).where('id', '=', ctx.workspaceId).executeTakeFirstOrThrow();
    const t = TEXTS[ws.locale.slice(0, 2)] ?? TEXTS.en!;
    const r = new Random(ctx.generator.seed + 12);
    // Whole hours in working time, so the calendar looks like a working week.
    const at = (daysFromNow: number) => {
      const day = new Date(addMs(now(), daysFromNow * DAY));
      day.setUTCHours(r.int(6, 14), 0, 0, 0);
      return day.toISOString();
    };
    let created = 0;
    const add = async (input: Record<string, unknown>) => {
      await records.createRecord(trx, actor, kind, input);
      created++;
    };
    for (const deal of deals) {
      const links = { dealId: deal.id, companyId: deal.company?.id ?? null, ownerId: deal.owner.id };
      for (let n = r.int(1, 3); n > 0; n--) {
        const past = at(-r.int(1, 21));
        const pick = r.int(1, 10);
        if (pick <= 5) await add({ kind: 'call', title: r.pick(t.calls), direction: r.chance(0.7) ? 'out' : 'in', durationSeconds: r.int(40, 900), result: r.pick(t.results), dueAt: past, ...links });
        else if (pick <= 7) await add({ kind: 'meeting', status: 'done', title: r.pick(t.meetings), place: r.pick(t.places), dueAt: past, endsAt: addMs(past, HOUR), ...links });
        else if (pick <= 9) await add({ kind: 'email', title: r.pick(t.letters), dueAt: past, ...links });
        else await add({ kind: 'note', title: r.pick(t.notes), ...links });
      }
      if (deal.status === 'open' && r.chance(0.8)) {
        const due = at(r.int(-2, 14));
        if (r.chance(0.3)) await add({ kind: 'meeting', title: r.pick(t.meetings), place: r.pick(t.places), dueAt: due, endsAt: addMs(due, HOUR), ...links });
        else await add({ kind: r.chance(0.5) ? 'call' : 'task', status: 'planned', title: r.pick(t.tasks), dueAt: due, priority: r.pick(['low', 'normal', 'high']), reminderMinutes: 15, ...links });
      }
    }
    return created;
  },
};
