import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost, type BodyOf, type ResponseOf } from '../../api/client';

export const CUSTOM_FIELD_TYPES = ['text', 'long_text', 'number', 'money', 'date', 'datetime', 'select', 'multi_select', 'checkbox', 'url', 'phone', 'email', 'user'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];
/** A record type's `entityType`; which types have custom fields, the record types' metadata says. */
export type CustomFieldEntity = string;

export type CustomFieldOption = RawCustomField['options'][number];

type RawCustomField = ResponseOf<'/api/v1/custom-fields', 'get'>['items'][number];
/** A custom field definition as the API sends it (its schema types `entity` as any string). */
export type CustomField = Omit<RawCustomField, 'entity'> & { entity: CustomFieldEntity };

/** What the inputs and displays need of a definition (the client screens pass their own copy). */
export type CustomFieldDefLike = Pick<CustomField, 'key' | 'label' | 'type' | 'options' | 'required' | 'helpText'> & { type: string };

/** Stored money: integer minor units and an ISO 4217 code. */
export interface Money {
  amount: number;
  currency: string;
}

export type NewCustomFieldInput = BodyOf<'/api/v1/custom-fields', 'post'>;
export type CustomFieldPatch = BodyOf<'/api/v1/custom-fields/{id}', 'patch'>;

export const customFieldKeys = {
  /** Both lists of an entity: active fields, and all with the retired ones. */
  of: (entity: CustomFieldEntity) => ['custom-fields', entity] as const,
  list: (entity: CustomFieldEntity, includeRetired: boolean) => [...customFieldKeys.of(entity), includeRetired ? 'all' : 'active'] as const,
};

export async function fetchCustomFields(entity: CustomFieldEntity, includeRetired = false): Promise<CustomField[]> {
  const { items } = await apiGet('/api/v1/custom-fields', { query: { entity, ...(includeRetired ? { includeRetired: '1' as const } : {}) } });
  return items as CustomField[];
}

/** The entity's custom fields in their order: active ones, or with `includeRetired` all of them. */
export function useCustomFields(entity: CustomFieldEntity, includeRetired = false, enabled = true) {
  return useQuery({ queryKey: customFieldKeys.list(entity, includeRetired), queryFn: () => fetchCustomFields(entity, includeRetired), staleTime: 60_000, enabled });
}

/** Reloads an entity's custom fields. */
export function useReloadCustomFields(entity: CustomFieldEntity) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: customFieldKeys.of(entity) });
}

/** Creates a field, or changes one when `id` is given; a second change may follow in `then` (a default naming a new choice). */
export function useSaveCustomField(entity: CustomFieldEntity) {
  const reload = useReloadCustomFields(entity);
  return useMutation({
    mutationFn: async ({ id, input, then }: { id?: string; input: NewCustomFieldInput | CustomFieldPatch; then?: (field: CustomField) => CustomFieldPatch | null }) => {
      let field = (
        id
          ? await apiPatch('/api/v1/custom-fields/{id}', { path: { id }, body: input as CustomFieldPatch })
          : await apiPost('/api/v1/custom-fields', { body: input as NewCustomFieldInput })
      ).field as CustomField;
      const next = then?.(field);
      if (next) field = (await apiPatch('/api/v1/custom-fields/{id}', { path: { id: field.id }, body: next })).field as CustomField;
      return field;
    },
    onSettled: () => reload(),
  });
}

/** Retires a field (or brings it back); the lists reload either way, as a refusal may mean it changed. */
export function useSetCustomFieldRetired(entity: CustomFieldEntity) {
  const reload = useReloadCustomFields(entity);
  return useMutation({
    mutationFn: ({ field, retired }: { field: CustomField; retired: boolean }) =>
      apiPost(retired ? '/api/v1/custom-fields/{id}/retire' : '/api/v1/custom-fields/{id}/unretire', { path: { id: field.id }, body: { version: field.version } }),
    onSettled: () => reload(),
  });
}

/** Puts an entity's fields in a new order; the full list is answered and cached. */
export function useReorderCustomFields(entity: CustomFieldEntity) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ids: string[]) => (await apiPost('/api/v1/custom-fields/reorder', { body: { entity, ids } })).items as CustomField[],
    onSuccess: (items) => queryClient.setQueryData(customFieldKeys.list(entity, true), items),
    onSettled: () => queryClient.invalidateQueries({ queryKey: customFieldKeys.of(entity) }),
  });
}
