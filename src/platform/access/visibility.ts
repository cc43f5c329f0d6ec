import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Actor } from './actor.js';
import { scopeOf } from './actor.js';
import type { Action, Module } from './permissions.js';

/**
 * The one place record visibility is decided. Every repository query over client-facing records
 * applies it, so lists, search, counts, exports, reports, timelines and the API obey the same rule:
 * the workspace always, then the owner rule of the actor's scope for (module, action) or a share of
 * the record with the actor, then the role's narrowing of the module (deals to some pipelines),
 * when it has one. A table that uses it has `workspace_id` and `owner_id` columns (and the
 * narrowing's column).
 */
export function visibleTo(actor: Actor, module: Module, table: string, action: Action = 'view') {
  const base = sharedOrNarrowed(actor, module, table, action);
  const widening = widenings.get(module);
  const scope = scopeOf(actor, module, action);
  if (!widening || (action !== 'view' && action !== 'export') || scope === 'none' || scope === 'all') return base;
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> =>
    eb.or([base(eb), eb.and([eb(`${table}.workspace_id`, '=', actor.workspaceId), widening(actor, table)(eb)])]);
}

/**
 * The owner rule and the role's narrowing alone, without what widens a module's visibility through
 * its links: for tables that carry a copy of a record's owner (and narrowing column) rather than
 * the record itself, such as escalations.
 */
export function ownerVisibleTo(actor: Actor, module: Module, table: string, action: Action = 'view') {
  const narrowing = actor.narrowing?.[module];
  return narrowing
    ? (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
      const narrowed = narrowing.ids.length > 0 ? eb(`${table}.${narrowing.column}`, 'in', [...narrowing.ids]) : sql<SqlBool>`1 = 0`;
      return eb.and([ownerRule(actor, module, table, action)(eb), narrowed]);
    }
    : ownerRule(actor, module, table, action);
}

/** Extra records of a module the actor may see besides those its owner rule reaches (see `widenVisibility`). */
export type VisibilityWidening = (actor: Actor, table: string) => (eb: ExpressionBuilder<any, any>) => Expression<SqlBool>;
const widenings = new Map<Module, VisibilityWidening>();

/**
 * Lets a module's records be seen through something else the actor may see (an activity through
 * its visible contact, company or deal; decision 0025). Only seeing widens (`view`, and `export`
 * for an actor with some right to export): changing stays with the owner rule.
 */
export function widenVisibility(module: Module, widening: VisibilityWidening): void {
  widenings.set(module, widening);
}

/** The owner rule or a share of the record, then the role's narrowing of the module. */
function sharedOrNarrowed(actor: Actor, module: Module, table: string, action: Action) {
  const narrowing = actor.narrowing?.[module];
  const reach = sharedOrOwned(actor, module, table, action);
  if (!narrowing) return reach;
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    const narrowed = narrowing.ids.length > 0 ? eb(`${table}.${narrowing.column}`, 'in', [...narrowing.ids]) : sql<SqlBool>`1 = 0`;
    return eb.and([reach(eb), narrowed]);
  };
}

/** Share levels and the actions each grants on the one record (decision 0027): observers view, co-owners also edit. */
export const SHARE_GRANTS: Readonly<Record<string, readonly Action[]>> = {
  view: ['view', 'export'],
  edit: ['view', 'export', 'edit'],
};

/** The share levels that grant an action. */
export function levelsGranting(action: Action): string[] {
  return Object.entries(SHARE_GRANTS).filter(([, actions]) => actions.includes(action)).map(([level]) => level);
}

// Modules whose records can be shared, with their record type: filled by the record registry.
const shareable = new Map<Module, string>();

/** Marks a module's records as shareable one by one (the record registry calls it for types with `features.sharing`). */
export function registerShareable(module: Module, entityType: string): void {
  shareable.set(module, entityType);
}

/** The record type of a module's shareable records, if its records can be shared. */
export function shareableType(module: Module): string | undefined {
  return shareable.get(module);
}

/**
 * The owner rule, or a share of the record with the actor at a level granting the action. The share
 * branch is added only for a type the actor has shares of (`actor.sharedTypes`), and only where the
 * role has the action at a narrower scope than `all` (a share never gives a right the role lacks).
 * It is an `id IN (…)` over the `record_shares_user_idx` index, so the list stays an index walk.
 */
function sharedOrOwned(actor: Actor, module: Module, table: string, action: Action) {
  const subjectType = shareable.get(module);
  const scope = scopeOf(actor, module, action);
  const levels = levelsGranting(action);
  if (!subjectType || actor.userId === null || scope === 'none' || scope === 'all' || levels.length === 0
    || !actor.sharedTypes?.includes(subjectType)) return ownerRule(actor, module, table, action);
  const userId = actor.userId;
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => eb.and([
    eb(`${table}.workspace_id`, '=', actor.workspaceId),
    eb.or([
      ...ownerTerms(actor, table, scope)(eb),
      eb(`${table}.id`, 'in', eb.selectFrom('record_shares as visibility_share').select('visibility_share.subject_id')
        .where('visibility_share.workspace_id', '=', actor.workspaceId)
        .where('visibility_share.user_id', '=', userId)
        .where('visibility_share.subject_type', '=', subjectType)
        .where('visibility_share.level', 'in', levels)),
    ]),
  ]);
}

/** The owner terms of an `own` or `department` scope (any one reaches): the actor's records, and their departments' owners'. */
function ownerTerms(actor: Actor, table: string, scope: 'own' | 'department') {
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool>[] => {
    const own = eb(`${table}.owner_id`, '=', actor.userId);
    if (scope === 'own' || actor.departmentIds.length === 0) return [own];
    return [own, eb(`${table}.owner_id`, 'in', eb.selectFrom('users as visibility_owner').select('visibility_owner.id')
      .where('visibility_owner.workspace_id', '=', actor.workspaceId)
      .where('visibility_owner.department_id', 'in', [...actor.departmentIds]))];
  };
}

/** The workspace and the owner rule of the actor's scope for (module, action). */
function ownerRule(actor: Actor, module: Module, table: string, action: Action) {
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    const inWorkspace = eb(`${table}.workspace_id`, '=', actor.workspaceId);
    const scope = scopeOf(actor, module, action);
    if (scope === 'all') return inWorkspace;
    if (scope === 'none' || actor.userId === null) return eb.and([inWorkspace, sql<SqlBool>`1 = 0`]);
    const terms = ownerTerms(actor, table, scope)(eb);
    return eb.and([inWorkspace, terms.length === 1 ? terms[0]! : eb.or(terms)]);
  };
}

/** Workspace scope alone, for workspace-level tables (users, settings, audit) that have no owner. */
export function inWorkspace(actor: Actor, table: string) {
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => eb(`${table}.workspace_id`, '=', actor.workspaceId);
}

/**
 * Whether a loaded record falls in the actor's scope: for checks on records fetched without the
 * filter. A record read through `findRecord` carries the actor's share level (`share_level`).
 */
export function canReach(actor: Actor, module: Module, action: Action, record: { workspace_id: string; owner_id: string | null; share_level?: unknown }, ownerDepartmentId: string | null): boolean {
  if (record.workspace_id !== actor.workspaceId) return false;
  const narrowing = actor.narrowing?.[module];
  if (narrowing && !narrowing.ids.includes(String((record as Record<string, unknown>)[narrowing.column]))) return false;
  const scope = scopeOf(actor, module, action);
  if (scope === 'all') return true;
  if (scope === 'none' || actor.userId === null) return false;
  if (record.owner_id === actor.userId) return true;
  if (typeof record.share_level === 'string' && shareable.has(module) && levelsGranting(action).includes(record.share_level)) return true;
  return scope === 'department' && ownerDepartmentId !== null && actor.departmentIds.includes(ownerDepartmentId);
}
