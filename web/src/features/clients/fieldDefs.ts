import { useCustomFields, type CustomField } from '../custom-fields/customFields.api';

/** A custom field definition as the client screens use it. */
export type FieldDef = CustomField;

/** The active custom fields of a record type, in their order; an empty list while loading, when the list fails, or for a type without custom fields. */
export function useFieldDefs(entity: string, enabled = true): { defs: FieldDef[]; pending: boolean } {
  const query = useCustomFields(entity, false, enabled);
  const defs = (query.data ?? []).filter((def) => !def.retired);
  return { defs, pending: query.isPending };
}
