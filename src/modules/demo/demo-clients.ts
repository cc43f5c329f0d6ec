/** The demo client base: companies with their contact persons, people on their own, a few notes. */
import * as companiesService from '../companies/companies.service.js';
import * as contactsService from '../contacts/contacts.service.js';
import { linkCompany } from '../contacts/contact-companies.service.js';
import { createNote } from '../timeline/timeline.service.js';
// Notes check their subject through the entity registry; the CLI seeds without loading the routes.
import '../contacts/contact.record.js';
import '../companies/company.record.js';
import type { User } from '../users/users.service.js';
import type { DemoPerson } from '../../platform/demo/generator.js';
import { Random } from '../../platform/demo/random.js';
import type { DemoSeedContext, DemoSeedStep } from './seed-step.js';

export const DEMO_COMPANIES = 40;
export const DEMO_PEOPLE = 120;

const STATUSES = ['lead', 'client', 'client', 'former_client'] as const;
export const DEMO_SOURCES = ['website', 'referral', 'exhibition', 'cold_call', 'advertising'] as const;
const TAGS: Record<string, string[]> = {
  ru: ['VIP', 'опт', 'партнёр', 'розница'],
  bg: ['VIP', 'едро', 'партньор', 'дребно'],
  en: ['VIP', 'wholesale', 'partner', 'retail'],
};
const NOTES: Record<string, string[]> = {
  ru: ['Созвонились, ждут коммерческое предложение до пятницы.', 'Просили перезвонить после отпуска бухгалтера.'],
  bg: ['Говорихме по телефона, чакат оферта до петък.', 'Помолиха да се обадим отново след празниците.'],
  en: ['Called them; they expect a quote by Friday.', 'Asked us to call back after the budget meeting.'],
};

/** Sales staff own the clients; anyone else only when there are no sales staff. */
function owners(users: User[]): User[] {
  const sales = users.filter((u) => u.role === 'manager' || u.role === 'head_of_sales');
  return sales.length > 0 ? sales : users;
}

/** Whether the person (by email) is already in this workspace: what makes the step safe to run again. */
async function exists(ctx: DemoSeedContext, email: string): Promise<boolean> {
  const row = await ctx.trx
    .selectFrom('contact_points')
    .select('entity_id')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('kind', '=', 'email')
    .where('value', '=', email.toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}

/** As people type it at home; in international form when the number is from another country than the workspace's. */
function typedPhone(phone: { typed: string; e164: string; country: string }, workspaceCountry: string): string {
  return phone.country === workspaceCountry ? phone.typed : phone.e164;
}

function personInput(person: DemoPerson, r: Random, ownerId: string, country: string) {
  return {
    firstName: person.firstName,
    middleName: person.middleName,
    lastName: person.lastName,
    // No display name: the app composes it in the workspace's name order (surname first in ru/bg),
    // as it does for a person typed in; a given one would count as typed by hand and keep its order.
    position: person.jobTitle,
    birthday: person.birthday,
    status: r.pick(STATUSES),
    source: r.pick(DEMO_SOURCES),
    phones: [{ type: 'mobile' as const, value: typedPhone(person.phone, country) }],
    emails: [{ type: 'work' as const, value: person.email }],
    addresses: [{ type: 'work' as const, city: person.city }],
    tags: r.chance(0.3) ? [r.pick(TAGS[person.locale] ?? TAGS.en!)] : [],
    ownerId,
  };
}

async function addNote(ctx: DemoSeedContext, r: Random, subjectType: 'contact' | 'company', subjectId: string, locale: string): Promise<void> {
  if (!r.chance(0.4)) return;
  await createNote(ctx.trx, ctx.actor, { subjectType, subjectId, body: r.pick(NOTES[locale] ?? NOTES.en!) });
}

/**
 * Companies from the generator with every contact person linked by role, then people on their
 * own. Owners rotate over the sales staff so each manager has their own clients to see.
 */
export const demoClientsStep: DemoSeedStep = {
  name: 'clients',
  async run(ctx) {
    const sales = owners(ctx.users);
    if (sales.length === 0) return 0;
    const r = new Random(ctx.generator.seed + 4);
    const { default_country: country } = await ctx.trx.selectFrom('workspaces').select('default_country').where('id', '=', ctx.workspaceId).executeTakeFirstOrThrow();
    let created = 0;
    let turn = 0;
    const nextOwner = () => sales[turn++ % sales.length]!.id;
    for (const company of ctx.generator.companies(DEMO_COMPANIES)) {
      if (await exists(ctx, company.email)) continue;
      const ownerId = nextOwner();
      const saved = await companiesService.createCompany(ctx.trx, ctx.actor, {
        name: company.name,
        legalName: company.legalName,
        taxId: company.taxId,
        website: company.website,
        industry: company.industry.name,
        size: r.pick(['1-10', '11-50', '51-200', '201-1000'] as const),
        phones: [{ type: 'work', value: typedPhone(company.phone, country) }],
        emails: [{ type: 'work', value: company.email }],
        addresses: [{ type: 'legal', city: company.city, street: company.address, postcode: company.postalCode }],
        tags: r.chance(0.3) ? [r.pick(TAGS[company.locale] ?? TAGS.en!)] : [],
        source: r.pick(DEMO_SOURCES),
        ownerId,
      });
      created++;
      await addNote(ctx, r, 'company', saved.id, company.locale);
      for (const person of company.contacts) {
        if (await exists(ctx, person.email)) continue;
        const contact = await contactsService.createContact(ctx.trx, ctx.actor, { ...personInput(person, r, ownerId, country), status: 'client' });
        await linkCompany(ctx.trx, ctx.actor, contact.id, { companyId: saved.id, role: person.roleLabel });
        created++;
      }
    }
    for (const person of ctx.generator.people(DEMO_PEOPLE)) {
      if (await exists(ctx, person.email)) continue;
      const contact = await contactsService.createContact(ctx.trx, ctx.actor, personInput(person, r, nextOwner(), country));
      await addNote(ctx, r, 'contact', contact.id, person.locale);
      created++;
    }
    return created;
  },
};
