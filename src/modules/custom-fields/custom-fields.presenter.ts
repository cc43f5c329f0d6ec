import type { CustomFieldDef } from './custom-field-def.js';
import type { FieldOutput } from './custom-fields.schema.js';

/** A definition as the API shows it. */
export function presentDef(def: CustomFieldDef): FieldOutput {
  return {
    id: def.id,
    entity: def.entityType,
    key: def.key,
    label: def.label,
    type: def.type,
    options: def.options,
    required: def.required,
    defaultValue: def.defaultValue,
    helpText: def.helpText,
    position: def.position,
    retired: def.retired,
    filterable: def.filterable,
    version: def.version,
  };
}
