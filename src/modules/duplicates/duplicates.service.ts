import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { AppError } from '../../platform/errors.js';
import { normalizePhone } from '../../platform/phones/phones.js';
import { findWorkspace } from '../workspaces/workspaces.service.js';
import { composeDisplayName, nameKey, taxIdKey } from '../contacts/client-names.js';
import { duplicateKind, orderedReasons, scoreOf, type DuplicateKind, type Reason } from './duplicate-kinds.js';
import * as duplicates from './duplicates.repository.js';
import type { DuplicateRow } from './duplicates.repository.js';
import type { CheckInput } from './duplicates.schema.js';
import { findDuplicateGroups } from './duplicate-groups.js';

export { findDuplicateGroups };

export interface Candidate {
  id: string;
  title: string;
  score: number;
  reasons: Reason[];
}

/** How many candidates a check answers with. */
const CHECK_LIMIT = 20;
/** Records with the same name anywhere are many for a common name; a few are enough to warn. */
const SAME_NAME_LIMIT = 50;

/**
 * The stored keys a typed phone may have: its E.164 digits, and the bare digits a record keeps
 * for the same number typed nationally but kept unread (`0888 566 183` in a Russian workspace);
 * for an unreadable draft, its bare digits.
 */
export function phoneKeys(value: string, country: string): string[] {
  const phone = normalizePhone(value, country);
  if (phone.ok) return [phone.e164.slice(1), `0${phone.nationalNumber}`, `8${phone.nationalNumber}`];
  const digits = value.replace(/\D/g, '');
  // Fewer digits than any real number: a half-typed draft, not a key worth matching.
  return digits.length >= 6 ? [digits] : [];
}

/** The name a draft would be stored under (display name, or the parts; company name). */
function draftName(kind: DuplicateKind, input: CheckInput, stored: DuplicateRow | undefined): string {
  if (kind.strategy === 'organisation') return input.name ?? stored?.title ?? '';
  const composed = composeDisplayName(input);
  return input.displayName?.trim() || composed || stored?.title || '';
}

const valueOf = (item: string | { value: string }) => (typeof item === 'string' ? item : item.value);

/**
 * Records that may be the same as a draft (a form about to save, or a stored record by `id`):
 * the same phone, email or tax id, or the same name at one of the same companies (or anywhere,
 * scored lower). Only live records the actor can see; the record itself is never its own duplicate.
 * @throws AppError forbidden | not_found (`id` names no visible record)
 */
export async function checkDuplicates(db: Executor, actor: Actor, input: CheckInput): Promise<Candidate[]> {
  const kind = duplicateKind(input.entity);
  authorize(actor, kind.module, 'view');
  const country = (await findWorkspace(db, actor.workspaceId))?.default_country ?? 'RU';
  const stored = input.id ? (await duplicates.visibleRecords(db, actor, kind, [input.id]))[0] : undefined;
  if (input.id && !stored) throw new AppError('not_found', `The ${kind.entityType} was not found`);
  const own = input.id ? await duplicates.pointsOf(db, kind, [input.id]) : [];

  const phones = new Set((input.phones ?? []).flatMap((p) => phoneKeys(valueOf(p), country)));
  const emails = new Set((input.emails ?? []).map((e) => valueOf(e).trim().toLowerCase()).filter((e) => e.includes('@')));
  // A stored record checked by id brings what it has; what the form sends comes on top.
  if (input.phones === undefined) for (const p of own.filter((x) => x.kind === 'phone')) for (const key of phoneKeys(`+${p.value}`, country)) phones.add(key);
  if (input.emails === undefined) for (const e of own.filter((x) => x.kind === 'email')) emails.add(e.value);
  const name = nameKey(draftName(kind, input, stored));
  const taxKey = input.taxId !== undefined ? taxIdKey(input.taxId) : stored?.tax_id_key ?? null;
  let companyIds = input.companyIds ?? [];
  if (kind.strategy === 'person' && input.companyIds === undefined && input.id) {
    companyIds = (await duplicates.companyLinksOf(db, actor.workspaceId, [input.id])).map((l) => l.company_id);
  }

  const found = new Map<string, { row: DuplicateRow; reasons: Set<Reason>; nameInCompany: boolean }>();
  const add = (row: DuplicateRow, reason: Reason, nameInCompany = false) => {
    if (row.id === input.id) return;
    const entry = found.get(row.id) ?? { row, reasons: new Set<Reason>(), nameInCompany: false };
    entry.reasons.add(reason);
    entry.nameInCompany ||= nameInCompany;
    found.set(row.id, entry);
  };
  for (const row of await duplicates.recordsByPoints(db, actor, kind, 'phone', [...phones])) add(row, 'phone');
  for (const row of await duplicates.recordsByPoints(db, actor, kind, 'email', [...emails])) add(row, 'email');
  if (taxKey && kind.strategy === 'organisation') for (const row of await duplicates.companiesByTaxKeys(db, actor, kind, [taxKey])) add(row, 'tax_id');
  if (name !== '') {
    const sameName = await duplicates.recordsByNameKeys(db, actor, kind, [name], SAME_NAME_LIMIT);
    const atCompany = new Set<string>();
    if (kind.strategy === 'person' && companyIds.length > 0) {
      const links = await duplicates.companyLinksOf(db, actor.workspaceId, sameName.map((r) => r.id));
      for (const link of links) if (companyIds.includes(link.company_id)) atCompany.add(link.contact_id);
    }
    for (const row of sameName) add(row, 'name', atCompany.has(row.id));
  }

  return [...found.values()]
    .map(({ row, reasons, nameInCompany }) => ({ id: row.id, title: row.title, score: scoreOf(reasons, nameInCompany), reasons: orderedReasons(reasons) }))
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1))
    .slice(0, CHECK_LIMIT);
}
