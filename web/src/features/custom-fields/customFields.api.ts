import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

export const CUSTOM_FIELD_TYPES = ['text', 'long_text', 'number', 'money', 'date', 'datetime', 'select', 'multi_select', 'checkbox', 'url', 'phone', 'email', 'user'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];
export type CustomFieldEntity = 'contact' | 'company';
export const CUSTOM_FIELD_ENTITIES: readonly CustomFieldEntity[] = ['contact', 'company'];

export interface CustomFieldOption {
  key: string;
  label: string;
}

/** A custom field definition as the API sends it. */
export interface CustomField {
  id: string;
  entity: CustomFieldEntity;
  key: string;
  label: string;
  type: CustomFieldType;
  options: CustomFieldOption[];
  required: boolean;
  defaultValue: unknown;
  helpText: string | null;
  position: number;
  retired: boolean;
  version: number;
}

/** What the inputs and displays need of a definition (the client screens pass their own copy). */
export type CustomFieldDefLike = Pick<CustomField, 'key' | 'label' | 'type' | 'options' | 'required' | 'helpText'> & { type: string };

/** Stored money: integer minor units and an ISO 4217 code. */
export interface Money {
  amount: number;
  currency: string;
}

export interface CustomFieldInputBody {
  label?: string;
  options?: Array<{ key?: string; label: string }>;
  required?: boolean;
  defaultValue?: unknown;
  helpText?: string | null;
}

export function customFieldsKey(entity: CustomFieldEntity, includeRetired = false) {
  return ['custom-fields', entity, includeRetired ? 'all' : 'active'] as const;
}

export async function fetchCustomFields(entity: CustomFieldEntity, includeRetired = false): Promise<CustomField[]> {
  const retired = includeRetired ? '&includeRetired=1' : '';
  return (await api<{ items: CustomField[] }>('GET', `/api/v1/custom-fields?entity=${entity}${retired}`)).items;
}

/** The entity's custom fields in their order: active ones, or with `includeRetired` all of them. */
export function useCustomFields(entity: CustomFieldEntity, includeRetired = false) {
  return useQuery({ queryKey: customFieldsKey(entity, includeRetired), queryFn: () => fetchCustomFields(entity, includeRetired), staleTime: 60_000 });
}

export async function createCustomField(input: CustomFieldInputBody & { entity: CustomFieldEntity; label: string; type: CustomFieldType }): Promise<CustomField> {
  return (await api<{ field: CustomField }>('POST', '/api/v1/custom-fields', input)).field;
}

export async function updateCustomField(id: string, input: CustomFieldInputBody & { version: number }): Promise<CustomField> {
  return (await api<{ field: CustomField }>('PATCH', `/api/v1/custom-fields/${id}`, input)).field;
}

export async function setCustomFieldRetired(field: CustomField, retired: boolean): Promise<CustomField> {
  const action = retired ? 'retire' : 'unretire';
  return (await api<{ field: CustomField }>('POST', `/api/v1/custom-fields/${field.id}/${action}`, { version: field.version })).field;
}

export async function reorderCustomFields(entity: CustomFieldEntity, ids: string[]): Promise<CustomField[]> {
  return (await api<{ items: CustomField[] }>('POST', '/api/v1/custom-fields/reorder', { entity, ids })).items;
}
