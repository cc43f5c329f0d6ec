import { z } from 'zod';
import { refId } from '../users/users-admin.schema.js';
import { isoDateQuery } from '../audit/audit.schema.js';
import { uuidSchema } from '../../platform/schemas.js';
import { ADDRESS_TYPES, EMAIL_TYPES, MESSENGER_TYPES, PHONE_TYPES } from './client-points.js';

/** Zod pieces contacts and companies share: contact details, list parameters, bulk actions, outputs. */

export const NAME_MAX = 200;
export const NOTES_MAX = 20_000;

/** A text field: trimmed, limited; `null` or blank clears it (the service stores blank as null). */
export const optionalText = (max: number) => z.string().trim().max(max, 'too_long').nullable().optional();

function isRealDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.toISOString().slice(0, 10) === value;
}

/** `YYYY-MM-DD`, a real day; blank clears. */
export const optionalDay = z.string().trim().max(10, 'invalid_date').refine((v) => v === '' || isRealDay(v), 'invalid_date').nullable().optional();

/** A web address: no spaces, and if it names a scheme it is http or https (never `javascript:`). */
export const optionalWebsite = z
  .string()
  .trim()
  .max(500, 'too_long')
  .refine((v) => v === '' || (!/\s/.test(v) && (!/^[a-z][a-z0-9+.-]*:/i.test(v) || /^https?:\/\/[^/]/i.test(v))), 'invalid_url')
  .nullable()
  .optional();

export const phoneInput = z.strictObject({
  type: z.enum(PHONE_TYPES).optional(),
  value: z.string().trim().min(1, 'required').max(60, 'too_long'),
  keepAsTyped: z.boolean().optional(),
});
export const emailInput = z.strictObject({
  type: z.enum(EMAIL_TYPES).optional(),
  value: z.string().trim().max(254, 'too_long').email('invalid_email'),
});
export const messengerInput = z.strictObject({
  type: z.enum(MESSENGER_TYPES),
  value: z.string().trim().min(1, 'required').max(200, 'too_long'),
});
const addressPart = z.string().trim().max(200, 'too_long').nullable().optional();
export const addressInput = z.strictObject({
  type: z.enum(ADDRESS_TYPES).optional(),
  country: addressPart, region: addressPart, city: addressPart, street: addressPart, postcode: addressPart,
});
export const tagInput = z.string().trim().max(50, 'too_long');

/** Contact details and the rest every client record takes. */
export const clientFields = {
  phones: z.array(phoneInput).max(20, 'too_long').optional(),
  emails: z.array(emailInput).max(20, 'too_long').optional(),
  messengers: z.array(messengerInput).max(20, 'too_long').optional(),
  addresses: z.array(addressInput).max(10, 'too_long').optional(),
  website: optionalWebsite,
  tags: z.array(tagInput).max(50, 'too_long').optional(),
  custom: z.record(z.string().max(100), z.unknown()).optional(),
  notes: optionalText(NOTES_MAX),
  source: optionalText(NAME_MAX),
  ownerId: refId.optional(),
};

export const deleteQuery = z.strictObject({ version: z.coerce.number().int('invalid_type').positive('invalid_type') });

/** `field` of a list filter: a column of the list (per entity) or `custom.<key>`. */
export const SORTS = ['name', 'createdAt', 'updatedAt', 'lastActivityAt'] as const;
const SORT_PATTERN = new RegExp(`^-?(${SORTS.join('|')}|custom\\.[a-z][a-z0-9_]{0,39})$`);

/** The filter parameters of a list (and of its export). */
export const listFilterFields = {
  q: z.string().trim().max(200, 'too_long').optional(),
  ownerId: z.string().max(4000, 'too_long').optional(),
  tag: z.string().max(2000, 'too_long').optional(),
  createdFrom: isoDateQuery.optional(),
  createdTo: isoDateQuery.optional(),
  noActivityDays: z.coerce.number().int('invalid_type').min(1, 'too_small').max(3650, 'too_large').optional(),
  filter: z.string().max(20_000, 'too_long').optional(),
  sort: z.string().regex(SORT_PATTERN, 'invalid_option').default('name'),
};

export const listPageFields = {
  limit: z.coerce.number().int('invalid_type').min(1, 'too_small').max(200, 'too_large').default(50),
  cursor: z.string().max(2000, 'too_long').optional(),
  count: z.enum(['0', '1', 'true', 'false']).optional(),
};

/** What the list builder reads (contacts add status and companyId). */
export interface ListFilter {
  q?: string;
  ownerId?: string;
  tag?: string;
  createdFrom?: string;
  createdTo?: string;
  noActivityDays?: number;
  filter?: string;
  sort: string;
  status?: string;
  companyId?: string;
}

export const BULK_ACTIONS = ['assign_owner', 'add_tags', 'remove_tags', 'set_status', 'delete'] as const;
/** A bulk action names its records (`ids`) or takes every record a list filter matches (`match`, in each schema). */
export const bulkFields = {
  ids: z.array(uuidSchema).min(1, 'required').max(1000, 'too_long').optional(),
  ownerId: refId.optional(),
  tags: z.array(tagInput).max(50, 'too_long').optional(),
};

export const tagsQuery = z.strictObject({
  entity: z.enum(['contact', 'company']),
  q: z.string().trim().max(50, 'too_long').optional(),
  limit: z.coerce.number().int('invalid_type').min(1, 'too_small').max(500, 'too_large').default(100),
});
export const tagsOutput = z.object({ items: z.array(z.object({ tag: z.string(), count: z.number().int() })) });

export const phoneOutput = z.object({
  type: z.enum(PHONE_TYPES), value: z.string(), e164: z.string().nullable(), display: z.string(), tel: z.string().nullable(), flagged: z.boolean(),
});
export const emailOutput = z.object({ type: z.enum(EMAIL_TYPES), value: z.string() });
export const messengerOutput = z.object({ type: z.enum(MESSENGER_TYPES), value: z.string() });
export const addressOutput = z.object({
  type: z.enum(ADDRESS_TYPES), country: z.string().optional(), region: z.string().optional(), city: z.string().optional(), street: z.string().optional(), postcode: z.string().optional(),
});
export const userRefOutput = z.object({ id: z.string(), name: z.string() });
export const abilitiesOutput = z.object({ edit: z.boolean(), delete: z.boolean() });

/** Output members contacts and companies share. */
export const clientOutputFields = {
  id: z.string(),
  website: z.string().nullable(),
  source: z.string().nullable(),
  notes: z.string().nullable(),
  phones: z.array(phoneOutput),
  emails: z.array(emailOutput),
  messengers: z.array(messengerOutput),
  addresses: z.array(addressOutput),
  tags: z.array(z.string()),
  custom: z.record(z.string(), z.unknown()),
  owner: userRefOutput,
  lastActivityAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: abilitiesOutput,
};

/** Added to a list item. */
export const listItemExtras = {
  primaryPhone: phoneOutput.nullable(),
  primaryEmail: z.string().nullable(),
};

export const bulkOutput = z.object({ updated: z.number().int(), skipped: z.number().int() });
