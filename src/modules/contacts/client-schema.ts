import { z } from 'zod';
import { recordTypeName } from '../../platform/records/registry.js';
import { refId } from '../users/users-admin.schema.js';
import { countryCode, fieldNameSchema, optionalDay as plausibleDay, optionalText as cleanOptionalText, queryInt, queryVersion, requiredText, uuidSchema } from '../../platform/schemas.js';
import { ADDRESS_TYPES, EMAIL_TYPES, MESSENGER_TYPES, PHONE_TYPES } from './client-points.js';

/** Zod pieces contacts and companies share: contact details, list parameters, bulk actions, outputs. */

export const NAME_MAX = 200;
export const NOTES_MAX = 20_000;

/** A text field: trimmed, limited, something visible and no control characters; `null` or blank clears it (the service stores blank as null). */
export const optionalText = (max: number, multiline = false) => cleanOptionalText(max, { multiline });

/** `YYYY-MM-DD`, a real day between 1900 and 2199; blank clears. */
export const optionalDay = plausibleDay();

/** A birthday: a real day from 1900 up to today; blank clears. */
export const optionalBirthday = plausibleDay({ notFuture: true });

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
  value: requiredText(60),
  keepAsTyped: z.boolean().optional(),
  /** The country to read a national number in, when it was valid in several client countries. */
  country: z.string().regex(/^[A-Z]{2}$/, 'invalid_country').optional(),
});
export const emailInput = z.strictObject({
  type: z.enum(EMAIL_TYPES).optional(),
  value: z.string().trim().max(254, 'too_long').email('invalid_email'),
});
export const messengerInput = z.strictObject({
  type: z.enum(MESSENGER_TYPES),
  value: requiredText(200),
});
const addressPart = optionalText(200);
/** ISO 3166-1 alpha-2 (`BG`); blank or null clears it. */
const addressCountry = z.union([z.literal(''), countryCode]).nullable().optional();
export const addressInput = z.strictObject({
  type: z.enum(ADDRESS_TYPES).optional(),
  country: addressCountry, region: addressPart, city: addressPart, street: addressPart, postcode: addressPart,
});
export const tagInput = requiredText(50);

/** Contact details and the rest every client record takes. */
export const clientFields = {
  phones: z.array(phoneInput).max(20, 'too_long').optional(),
  emails: z.array(emailInput).max(20, 'too_long').optional(),
  messengers: z.array(messengerInput).max(20, 'too_long').optional(),
  addresses: z.array(addressInput).max(10, 'too_long').optional(),
  website: optionalWebsite,
  tags: z.array(tagInput).max(50, 'too_long').optional(),
  custom: z.record(fieldNameSchema, z.unknown()).optional(),
  notes: optionalText(NOTES_MAX, true),
  source: optionalText(NAME_MAX),
  ownerId: refId.optional(),
};

export const deleteQuery = z.strictObject({ version: queryVersion });

// The list parameters every record type shares live with the record engine.
export { listFilterFields, listPageFields, type ListFilter } from '../records/record-schema.js';

export const BULK_ACTIONS = ['assign_owner', 'add_tags', 'remove_tags', 'set_status', 'delete'] as const;
/** A bulk action names its records (`ids`) or takes every record a list filter matches (`match`, in each schema). */
export const bulkFields = {
  ids: z.array(uuidSchema).min(1, 'required').max(1000, 'too_long').optional(),
  ownerId: refId.optional(),
  tags: z.array(tagInput).max(50, 'too_long').optional(),
};

export const tagsQuery = z.strictObject({
  entity: recordTypeName('tags'),
  q: z.string().trim().max(50, 'too_long').optional(),
  limit: queryInt(1, 500).default(100),
});
export const tagsOutput = z.object({ items: z.array(z.object({ tag: z.string(), count: z.number().int() })) });

export const phoneOutput = z.object({
  type: z.enum(PHONE_TYPES), value: z.string(), e164: z.string().nullable(), display: z.string(), tel: z.string().nullable(), flagged: z.boolean(),
  /** The viewer's role sees it masked (decision 0027): `value` and `display` are the mask; call it through `…/phones/:index/call`. */
  masked: z.boolean().optional(),
});
/** `masked`: the viewer's role sees it masked (decision 0027); `value` is the mask. */
export const emailOutput = z.object({ type: z.enum(EMAIL_TYPES), value: z.string(), masked: z.boolean().optional() });
export const messengerOutput = z.object({ type: z.enum(MESSENGER_TYPES), value: z.string(), masked: z.boolean().optional() });
export const addressOutput = z.object({
  type: z.enum(ADDRESS_TYPES), country: z.string().optional(), region: z.string().optional(), city: z.string().optional(), street: z.string().optional(), postcode: z.string().optional(),
});
export const userRefOutput = z.object({ id: z.string(), name: z.string() });
export const abilitiesOutput = z.object({ edit: z.boolean(), delete: z.boolean() });

/** Output members contacts and companies share; a field the viewer's role hides is left out (decision 0027). */
export const clientOutputFields = {
  id: z.string(),
  website: z.string().nullable(),
  source: z.string().nullable(),
  notes: z.string().nullable().optional(),
  phones: z.array(phoneOutput).optional(),
  emails: z.array(emailOutput).optional(),
  messengers: z.array(messengerOutput).optional(),
  addresses: z.array(addressOutput).optional(),
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
  primaryPhone: phoneOutput.nullable().optional(),
  primaryEmail: z.string().nullable().optional(),
};

export const bulkOutput = z.object({ updated: z.number().int(), skipped: z.number().int() });
