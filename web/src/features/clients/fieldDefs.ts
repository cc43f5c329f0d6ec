import { useCustomFields, type CustomField } from '../custom-fields/customFields.api';
import type { ClientEntity } from './clientTypes';

/** A custom field definition as the client screens use it. */
export type FieldDef = CustomField;

/** The active custom fields of an entity, in their order; an empty list while loading or when the list fails. */
export function useFieldDefs(entity: ClientEntity): { defs: FieldDef[]; pending: boolean } {
  const query = useCustomFields(entity);
  const defs = (query.data ?? []).filter((def) => !def.retired);
  return { defs, pending: query.isPending };
}
