import type { ClientRecord } from './client-kind.js';
import { CONTACT } from './client-kind.js';
import { listItemExtras, presentClientCommon, type Viewer } from './client-presenter.js';
import type { ContactListItem, ContactOutput } from './contacts.schema.js';

type LinkWithCompany = { id: string; company_id: string; company_name: string | null; role: string | null; started_on: string | null; ended_on: string | null };

function contactFields(record: ClientRecord) {
  const r = record as Record<string, unknown>;
  const text = (key: string) => (r[key] as string | null | undefined) ?? null;
  return {
    firstName: text('first_name'),
    middleName: text('middle_name'),
    lastName: text('last_name'),
    displayName: String(r.display_name),
    position: text('position'),
    birthday: text('birthday'),
    status: r.status as ContactOutput['status'],
  };
}

/** A contact as GET shows it, with its companies (a company the viewer cannot see shows as null). */
export function presentContact(record: ClientRecord, viewer: Viewer, links: LinkWithCompany[]): ContactOutput {
  return {
    ...presentClientCommon(CONTACT, record, viewer),
    ...contactFields(record),
    companies: links.map((l) => ({
      linkId: l.id,
      company: l.company_name === null ? null : { id: l.company_id, name: l.company_name },
      role: l.role,
      startedOn: l.started_on,
      endedOn: l.ended_on,
    })),
  };
}

/** A contact in a list: no links, but its first phone and email and the names of its companies. */
export function presentContactListItem(record: ClientRecord, viewer: Viewer, companyNames: string[]): ContactListItem {
  const common = presentClientCommon(CONTACT, record, viewer);
  return { ...common, ...contactFields(record), ...listItemExtras(record, common.phones), companyNames };
}
