import type { Executor } from '../../db/database.js';
import { fromJson } from '../json.js';

/**
 * Audit entries of child records (a note, a contact–company link, an activity, an attachment) name
 * the child, not the record it belongs to. Modules that own such children register how to find
 * their parents here, so the audit log hides a child entry's details from whoever may not see a
 * parent (decision 0027, "Audit by visibility").
 */

/** A record an audit entry's subject belongs to. */
export interface ParentRef {
  type: string;
  id: string;
}

/** One audit entry of a child type: its subject's id and its details (a full row or a `{ field: [before, after] }` diff). */
export interface ChildEntry {
  entityId: string;
  changes: unknown;
}

/** The parents of each entry's subject (an entry without known parents maps to an empty list). */
export type ParentResolver = (db: Executor, workspaceId: string, entries: readonly ChildEntry[]) => Promise<Map<string, ParentRef[]>>;

const resolvers = new Map<string, ParentResolver>();

/** Registers how to find the parents of a child entity type's audit entries. */
export function registerAuditParents(entityType: string, resolver: ParentResolver): void {
  resolvers.set(entityType, resolver);
}

/** The resolver of a child entity type, or undefined for a type that has no parents. */
export function auditParentResolver(entityType: string): ParentResolver | undefined {
  return resolvers.get(entityType);
}

/**
 * The string values a field holds in audit details: the row's value, or both sides of a diff.
 * Details are kept as written, so a purged child's parents are still known from its entries.
 */
export function valuesIn(changes: unknown, field: string): string[] {
  const data = typeof changes === 'string' ? fromJson<unknown>(changes) : changes;
  if (typeof data !== 'object' || data === null) return [];
  const value = (data as Record<string, unknown>)[field];
  const found = Array.isArray(value) ? value : [value];
  return found.filter((v): v is string => typeof v === 'string' && v.length > 0);
}

/**
 * Builds a resolver from the link columns of a child: parents from the child's stored row (looked up)
 * and from the entry's details (kept when the child was purged), so an entry that names no parent in
 * either place has none.
 */
export function linkResolver(
  links: Record<string, string>,
  lookUp: (db: Executor, workspaceId: string, ids: string[]) => Promise<Array<Record<string, unknown> & { id: string }>>,
): ParentResolver {
  return async (db, workspaceId, entries) => {
    const rows = await lookUp(db, workspaceId, [...new Set(entries.map((e) => e.entityId))]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const out = new Map<string, ParentRef[]>();
    for (const entry of entries) {
      const refs = out.get(entry.entityId) ?? [];
      const row = byId.get(entry.entityId);
      for (const [column, type] of Object.entries(links)) {
        // `subject_id` takes its type from `subject_type`; other columns name their type.
        const typeOf = (source: unknown) => (type === '*' ? valuesIn(source, 'subject_type')[0] : type);
        const add = (t: string | undefined, id: unknown) => {
          if (t && typeof id === 'string' && !refs.some((r) => r.type === t && r.id === id)) refs.push({ type: t, id });
        };
        if (row) add(type === '*' ? (row.subject_type as string | undefined) : type, row[column]);
        for (const id of valuesIn(entry.changes, column)) add(typeOf(entry.changes), id);
      }
      out.set(entry.entityId, refs);
    }
    return out;
  };
}
