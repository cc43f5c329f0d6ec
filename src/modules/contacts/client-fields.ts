import type { ProtectedField } from '../../platform/records/record-type.js';

/** The client data of contacts and companies that field rights govern (decision 0027). */
export const CLIENT_PROTECTED_FIELDS: readonly ProtectedField[] = [
  { name: 'phones', mask: 'phone', columns: ['phones'], outputKeys: ['phones', 'primaryPhone'], inputKeys: ['phones'], searched: true, callable: true },
  { name: 'emails', mask: 'email', columns: ['emails'], outputKeys: ['emails', 'primaryEmail'], inputKeys: ['emails'], searched: true },
  { name: 'messengers', mask: 'text', columns: ['messengers'], outputKeys: ['messengers'], inputKeys: ['messengers'], searched: true },
  { name: 'addresses', mask: null, columns: ['addresses'], outputKeys: ['addresses'], inputKeys: ['addresses'], searched: true },
  { name: 'notes', mask: 'text', columns: ['notes'], outputKeys: ['notes'], inputKeys: ['notes'], filters: ['notes'] },
];

/** A company's tax id besides the shared client data: its search finds companies by it. */
export const COMPANY_PROTECTED_FIELDS: readonly ProtectedField[] = [
  ...CLIENT_PROTECTED_FIELDS,
  { name: 'taxId', mask: 'text', columns: ['tax_id'], outputKeys: ['taxId'], inputKeys: ['taxId'], filters: ['taxId'], searched: true },
];
