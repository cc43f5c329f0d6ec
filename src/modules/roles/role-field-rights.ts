import type { Executor } from '../../db/database.js';
import { FIELD_RIGHTS, type FieldRights } from '../../platform/access/field-rights.js';
import { AppError } from '../../platform/errors.js';
import { fromJson } from '../../platform/json.js';
import { recordType } from '../../platform/records/registry.js';
import * as customFields from '../custom-fields/custom-fields.service.js';

/** A role's field rights as stored (JSON) read back: only known rights other than `visible`. */
export function fieldRightsOf(stored: unknown): FieldRights {
  const parsed = stored === null || stored === undefined ? null : fromJson<unknown>(stored);
  const out: FieldRights = {};
  if (typeof parsed !== 'object' || parsed === null) return out;
  for (const [type, fields] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof fields !== 'object' || fields === null) continue;
    for (const [field, right] of Object.entries(fields as Record<string, unknown>)) {
      if (right === 'masked' || right === 'read_only' || right === 'hidden') (out[type] ??= {})[field] = right;
    }
  }
  return out;
}

/**
 * The role's rights with `patch` on top, checked: the type must be a registered record type; a
 * field must be one of its protected fields, or `custom.<key>` of one of its live custom fields (a
 * retired field is refused); `masked` only where the field has a mask. `visible` clears a right.
 * Errors name `fieldRights.<type>.<field>`.
 * @throws AppError validation_failed (not_found | retired | invalid_option)
 */
export async function checkedFieldRights(db: Executor, workspaceId: string, current: FieldRights, patch: Record<string, Record<string, string>> | null): Promise<FieldRights> {
  if (patch === null) return {};
  const out: FieldRights = structuredClone(current);
  const errors: Record<string, string> = {};
  for (const [type, fields] of Object.entries(patch)) {
    const kind = recordType(type);
    if (!kind) {
      errors[`fieldRights.${type}`] = 'not_found';
      continue;
    }
    const defs = kind.features.customFields ? await customFields.listAllFields(db, workspaceId, type) : [];
    for (const [field, right] of Object.entries(fields)) {
      const path = `fieldRights.${type}.${field}`;
      if (!(FIELD_RIGHTS as readonly string[]).includes(right)) {
        errors[path] = 'invalid_option';
        continue;
      }
      if (field.startsWith('custom.')) {
        const def = defs.find((d) => d.key === field.slice('custom.'.length));
        if (!def) errors[path] = 'not_found';
        else if (def.retired) errors[path] = 'retired';
      } else {
        const spec = kind.protectedFields?.find((f) => f.name === field);
        if (!spec) errors[path] = 'not_found';
        else if (right === 'masked' && spec.mask === null) errors[path] = 'invalid_option';
      }
      if (errors[path]) continue;
      const ofType = (out[type] ??= {});
      if (right === 'visible') delete ofType[field];
      else ofType[field] = right as 'masked' | 'read_only' | 'hidden';
    }
    if (out[type] && Object.keys(out[type]!).length === 0) delete out[type];
  }
  if (Object.keys(errors).length > 0) throw new AppError('validation_failed', 'Some field rights cannot be set', errors);
  return out;
}
