import { CustomFieldValue } from '../custom-fields/CustomFieldValue';
import type { FieldDef } from './fieldDefs';
import type { FieldRow } from './FieldRows';

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Card rows for the custom fields that have a value. */
export function customRows(defs: FieldDef[], custom: Record<string, unknown>): FieldRow[] {
  return defs
    .filter((def) => !isBlank(custom[def.key]))
    .map((def) => ({ key: `custom.${def.key}`, label: def.label, value: <CustomFieldValue def={def} value={custom[def.key]} /> }));
}
