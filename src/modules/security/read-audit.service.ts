import type { Executor } from '../../db/database.js';
import { scopeOf, type Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import { fromJson } from '../../platform/json.js';
import { auditQueryFor, decodeCursor, encodeCursor } from '../audit/audit.service.js';
import * as usersService from '../users/users.service.js';
import * as readLog from './read-log.repository.js';
import type { ReadLogInput, RefusedInput } from './security.schema.js';

/**
 * Reading the read audit needs the audit right over the whole workspace: it tells what every
 * person read, which a department-scoped viewer must not learn of other departments.
 * @throws AppError forbidden | validation_failed (dates)
 */
function readAuditWindow(actor: Actor, filter: { from?: string; to?: string }) {
  const query = auditQueryFor(actor, filter, 'view');
  if (scopeOf(actor, 'audit', 'view') !== 'all') throw new AppError('forbidden', 'The read audit needs the audit right over the whole workspace');
  return { from: query.from, to: query.to };
}

/** The names of the people behind a page of rows (deactivated ones too). */
async function namesOf(db: Executor, workspaceId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(ids)) {
    const user = await usersService.findUser(db, workspaceId, id);
    if (user) names.set(id, user.name);
  }
  return names;
}

/**
 * A page of the read log, newest first: "what did this person read today" (`userId`, `from`) and
 * "who opened or exported this client" (`entityId`), with the totals of the whole filtered period.
 * @throws AppError forbidden (no audit right over the workspace) | validation_failed (dates, cursor)
 */
export async function listReads(db: Executor, actor: Actor, input: ReadLogInput) {
  const query: readLog.ReadLogQuery = { ...readAuditWindow(actor, input), userId: input.userId, entityId: input.entityId, entityType: input.entityType };
  const [rows, totals] = await Promise.all([
    readLog.listReadLog(db, actor.workspaceId, { ...query, after: input.cursor ? decodeCursor(input.cursor) : undefined }, input.limit + 1),
    readLog.sumReadLog(db, actor.workspaceId, query),
  ]);
  const page = rows.slice(0, input.limit);
  const names = await namesOf(db, actor.workspaceId, page.map((r) => r.user_id));
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id, at: r.created_at, user: { id: r.user_id, name: names.get(r.user_id) ?? '' },
      path: r.path as 'list', entityType: r.entity_type, entityId: r.entity_id, rows: r.rows, units: r.units,
      detail: r.detail === null ? null : fromJson(r.detail), viaToken: r.via_token === 1,
    })),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null,
    totals,
  };
}

/**
 * Refused requests (403, and 404 on records that exist out of sight), one row per person, route
 * and minute with how many there were, newest first.
 * @throws AppError forbidden | validation_failed
 */
export async function listRefusedAttempts(db: Executor, actor: Actor, input: RefusedInput) {
  const rows = await readLog.listRefused(db, actor.workspaceId, { ...readAuditWindow(actor, input), userId: input.userId }, input.limit);
  const names = await namesOf(db, actor.workspaceId, rows.map((r) => r.user_id));
  return {
    items: rows.map((r) => ({
      minute: r.minute, user: { id: r.user_id, name: names.get(r.user_id) ?? '' }, route: r.route, status: r.status,
      entityType: r.entity_type, lastEntityId: r.last_entity_id, count: r.count,
    })),
  };
}
