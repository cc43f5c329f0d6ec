import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { Action } from '../access/permissions.js';
import { visibleTo } from '../access/visibility.js';
import { recordType, recordTypesWith } from './registry.js';

/**
 * The condition that a child row (a timeline item, an attachment) belongs to a live record the
 * actor's scope for `action` reaches: its parent joined through the one visibility helper. Child
 * repositories apply it in their own queries, so a child of a hidden record cannot be read even by
 * a caller that forgot to check the parent first. `subjectType` narrows to one type when the query
 * knows it; otherwise every registered type with a timeline is considered.
 */
export function childOfVisibleRecord(actor: Actor, typeColumn: string, idColumn: string, subjectType?: string, action: Action = 'view') {
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    const types = subjectType ? [subjectType] : recordTypesWith('timeline');
    const parts = types.flatMap((name) => {
      const kind = recordType(name);
      if (!kind?.features.timeline) return [];
      const alias = `parent_${kind.table}`;
      return [eb.and([
        eb(typeColumn, '=', kind.entityType),
        eb.exists(eb.selectFrom(`${kind.table} as ${alias}`).select(sql.lit(1).as('one'))
          .whereRef(`${alias}.id`, '=', idColumn)
          .where(`${alias}.deleted_at`, 'is', null)
          .where(visibleTo(actor, kind.module, alias, action))),
      ])];
    });
    return parts.length > 0 ? eb.or(parts) : sql<SqlBool>`1 = 0`;
  };
}
