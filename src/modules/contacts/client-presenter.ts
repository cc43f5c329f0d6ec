import type { Actor } from '../../platform/access/actor.js';
import { canReach } from '../../platform/access/visibility.js';
import type { ClientKind, ClientRecord } from './client-kind.js';
import { presentPhone, type PhoneOutput } from './client-points.js';

/** Who looks and from where: phones are formatted for the workspace's country and the viewer's language. */
export interface Viewer {
  actor: Actor;
  country: string;
}

/** The members contacts and companies share, as the API shows them. */
export function presentClientCommon(kind: ClientKind, record: ClientRecord, viewer: Viewer) {
  const ownerDepartment = (record.owner_department_id as string | null | undefined) ?? null;
  return {
    id: record.id,
    website: (record.website as string | null) ?? null,
    source: (record.source as string | null) ?? null,
    notes: (record.notes as string | null) ?? null,
    phones: record.phones.map((p) => presentPhone(p, viewer.country, viewer.actor.locale)),
    emails: record.emails.map((e) => ({ type: e.type, value: e.value })),
    messengers: record.messengers.map((m) => ({ type: m.type, value: m.value })),
    addresses: record.addresses.map((a) => ({ ...a })),
    tags: record.tags,
    custom: record.custom,
    owner: { id: record.owner_id, name: String(record.owner_name ?? '') },
    lastActivityAt: record.last_activity_at,
    createdAt: record.created_at,
    updatedAt: record.updated_at,
    version: record.version,
    abilities: {
      edit: canReach(viewer.actor, kind.module, 'edit', record, ownerDepartment),
      delete: canReach(viewer.actor, kind.module, 'delete', record, ownerDepartment),
    },
  };
}

/** What a list item adds to the shared members: the first phone (as presented there) and email. */
export function listItemExtras(record: ClientRecord, phones: PhoneOutput[]): { primaryPhone: PhoneOutput | null; primaryEmail: string | null } {
  return { primaryPhone: phones[0] ?? null, primaryEmail: record.emails[0]?.value ?? null };
}
