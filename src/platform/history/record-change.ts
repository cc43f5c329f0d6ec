import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Actor, RequestContext } from '../access/actor.js';
import {
  insertAuditEntries, insertAuditEntry, insertOutboxEvents, insertVersions, type AuditEntryInput, type OutboxEventInput, type VersionInput,
} from './history.repository.js';
import { notifyOutbox } from '../outbox/outbox.repository.js';

type Row = Record<string, unknown> & { id: string; version?: number };

export type ChangeAction = 'create' | 'update' | 'delete' | 'restore' | 'merge' | 'rollback' | 'transfer';

export interface Change {
  entityType: string;
  action: ChangeAction;
  before: Row | null;
  after: Row | null;
  /** Defaults to `${entityType}.${past tense of action}`, e.g. `contact.updated`. */
  event?: string;
}

/** Fields that never go into history or audit (secrets, and noise that changes on every write). */
const HIDDEN_FIELDS = new Set(['password_hash', 'token_hash', 'csrf_token', 'totp_secret', 'totp_last_step', 'updated_at', 'version']);

const PAST: Record<ChangeAction, string> = {
  create: 'created', update: 'updated', delete: 'deleted', restore: 'restored', merge: 'merged', rollback: 'rolled_back', transfer: 'transferred',
};

function visible(row: Row | null): Record<string, unknown> | null {
  if (!row) return null;
  return Object.fromEntries(Object.entries(row).filter(([k]) => !HIDDEN_FIELDS.has(k)));
}

/** Field-level `{ field: [before, after] }` for the fields that differ. */
export function diffFields(before: Row | null, after: Row | null): Record<string, [unknown, unknown]> {
  const a = visible(before) ?? {};
  const b = visible(after) ?? {};
  const out: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) out[key] = [a[key] ?? null, b[key] ?? null];
  }
  return out;
}

/**
 * Records a change to a record in the caller's transaction: a version in the record's history,
 * an audit entry with the field-level diff, and a domain event in the outbox. If the transaction
 * rolls back, none of the three exist — history never describes a write that did not happen.
 */
export async function recordChange(trx: Transaction<Database>, actor: Actor, change: Change): Promise<void> {
  await recordChanges(trx, actor, [change]);
}

/**
 * Records many changes at once, with the same content as one `recordChange` per change, but as
 * multi-row statements (three tables, cut under the parameter limit) and one outbox wake-up: a bulk
 * job's chunk of 500 records costs a handful of statements instead of 1,500.
 * @throws Error when a change has neither before nor after.
 */
export async function recordChanges(trx: Transaction<Database>, actor: Actor, changes: readonly Change[]): Promise<void> {
  if (changes.length === 0) return;
  const versions: VersionInput[] = [];
  const entries: AuditEntryInput[] = [];
  const events: OutboxEventInput[] = [];
  for (const change of changes) {
    const record = change.after ?? change.before;
    if (!record) throw new Error('recordChange needs a before or an after');
    const type = change.event ?? `${change.entityType}.${PAST[change.action]}`;
    const shown = visible(record);
    versions.push({
      workspaceId: actor.workspaceId,
      entityType: change.entityType,
      entityId: record.id,
      version: Number(record.version ?? 1),
      action: change.action,
      data: shown,
      actorId: actor.userId,
    });
    entries.push({
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: type,
      entityType: change.entityType,
      entityId: record.id,
      changes: change.action === 'update' || change.action === 'rollback' ? diffFields(change.before, change.after) : shown,
      ip: actor.ip,
      userAgent: actor.userAgent,
      requestId: actor.requestId,
    });
    events.push({
      workspaceId: actor.workspaceId,
      type,
      entityType: change.entityType,
      entityId: record.id,
      actorId: actor.userId,
      payload: { before: visible(change.before), after: visible(change.after) },
    });
  }
  await insertVersions(trx, versions);
  await insertAuditEntries(trx, entries);
  await insertOutboxEvents(trx, events);
  // On PostgreSQL the NOTIFY is delivered at commit, waking dispatchers in every process at once.
  await notifyOutbox(trx);
}

/** Audits an action that is not a record change (sign-in, export, failed sign-in...). */
export async function audit(
  db: Parameters<typeof insertAuditEntry>[0],
  who: { workspaceId: string; actorId: string | null } & Partial<RequestContext>,
  action: string,
  details?: { entityType?: string; entityId?: string; changes?: unknown },
): Promise<void> {
  await insertAuditEntry(db, {
    workspaceId: who.workspaceId,
    actorId: who.actorId,
    action,
    entityType: details?.entityType,
    entityId: details?.entityId,
    changes: details?.changes,
    ip: who.ip ?? null,
    userAgent: who.userAgent ?? null,
    requestId: who.requestId ?? null,
  });
}
