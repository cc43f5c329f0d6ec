import { COMPANY, type ClientRecord } from '../contacts/client-kind.js';
import { listItemExtras, presentClientCommon, type Viewer } from '../contacts/client-presenter.js';
import type { CompanyListItem, CompanyOutput } from './companies.schema.js';

type PersonLink = { id: string; contact_id: string; display_name: string | null; role: string | null; started_on: string | null; ended_on: string | null };

function companyFields(record: ClientRecord) {
  const text = (key: string) => (record[key] as string | null | undefined) ?? null;
  return {
    name: String(record.name),
    legalName: text('legal_name'),
    taxId: text('tax_id'),
    industry: text('industry'),
    size: text('size') as CompanyOutput['size'],
  };
}

/** A company as GET shows it, with its people (a person the viewer cannot see shows as null). */
export function presentCompany(record: ClientRecord, viewer: Viewer, people: PersonLink[]): CompanyOutput {
  return {
    ...presentClientCommon(COMPANY, record, viewer),
    ...companyFields(record),
    people: people.map((p) => ({
      linkId: p.id,
      contact: p.display_name === null ? null : { id: p.contact_id, displayName: p.display_name },
      role: p.role,
      startedOn: p.started_on,
      endedOn: p.ended_on,
    })),
  };
}

/** A company in a list: no people, but its first phone and email. */
export function presentCompanyListItem(record: ClientRecord, viewer: Viewer): CompanyListItem {
  const common = presentClientCommon(COMPANY, record, viewer);
  return { ...common, ...companyFields(record), ...listItemExtras(record, common.phones) };
}
