import type { CustomFieldType } from './custom-fields.table.js';

export { CUSTOM_FIELD_TYPES, type CustomFieldType } from './custom-fields.table.js';

/** A record type that carries custom fields (registered with `features.customFields`). */
export type CustomFieldEntity = string;

export interface CustomFieldOption {
  key: string;
  label: string;
}

/** A custom field definition as services use it (camelCase, JSON columns parsed, booleans real). */
export interface CustomFieldDef {
  id: string;
  entityType: string;
  key: string;
  label: string;
  type: CustomFieldType;
  options: CustomFieldOption[];
  required: boolean;
  defaultValue: unknown;
  helpText: string | null;
  position: number;
  retired: boolean;
  /** Indexed for filters and sorts (see custom-field-index.ts). */
  filterable: boolean;
  version: number;
}

/** Stored money: integer minor units plus an ISO 4217 code. */
export interface MoneyValue {
  amount: number;
  currency: string;
}

/** Keys are generated from labels; anything else never reaches SQL as an identifier. */
export const FIELD_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

export const SELECT_TYPES: readonly CustomFieldType[] = ['select', 'multi_select'];
