import type { Executor } from '../../db/database.js';
import { isPostgres } from '../../db/dialect.js';
import { recordType } from '../../platform/records/registry.js';
import { customFieldIndexExpression } from './custom-field-sql.js';
import type { CustomFieldDef } from './custom-field-def.js';
import { ensureExpressionIndex } from './custom-fields.repository.js';

/**
 * A field marked filterable gets an expression index on its value in the record table, shared by
 * every workspace that has a filterable field of that key and type (the index leads with
 * `workspace_id`, so each workspace walks its own part). Made in the transaction that sets the
 * flag; it is never dropped when the flag is cleared (an unused index costs a little on writes,
 * a dropped one that another workspace relied on would cost a table scan).
 */
export async function ensureValueIndex(db: Executor, def: CustomFieldDef): Promise<void> {
  const kind = recordType(def.entityType);
  if (!kind?.features.customFields) return;
  const pg = isPostgres(db);
  const expression = customFieldIndexExpression(def, pg);
  if (!expression) return;
  // Different types compare the value differently (a number cast on PostgreSQL), so the type is part of the name.
  // `_cfv_` indexes carry the sort name after the value; `_cf_` was the first shape, replaced here.
  await ensureExpressionIndex(db, `${kind.table}_cfv_${def.key}_${def.type}`.slice(0, 63), `${kind.table}_cf_${def.key}_${def.type}`.slice(0, 63), kind.table, expression);
}
