import { z } from 'zod';
import { uuidSchema } from '../../platform/schemas.js';
import { refId, versionSchema } from '../users/users-admin.schema.js';
import {
  BULK_ACTIONS, bulkFields, clientFields, clientOutputFields, listFilterFields, listItemExtras, listPageFields, NAME_MAX, optionalBirthday, optionalDay, optionalText,
} from './client-schema.js';

export const CONTACT_STATUSES = ['lead', 'client', 'former_client'] as const;

const contactFields = {
  firstName: optionalText(NAME_MAX),
  middleName: optionalText(NAME_MAX),
  lastName: optionalText(NAME_MAX),
  displayName: optionalText(NAME_MAX),
  position: optionalText(NAME_MAX),
  birthday: optionalBirthday,
  status: z.enum(CONTACT_STATUSES).optional(),
  ...clientFields,
};

export const createContactInput = z.strictObject(contactFields);
export type CreateContactInput = z.infer<typeof createContactInput>;

export const updateContactInput = z.strictObject({ ...contactFields, version: versionSchema });
export type UpdateContactInput = z.infer<typeof updateContactInput>;

const contactFilterFields = {
  ...listFilterFields,
  status: z.string().max(200, 'too_long').optional(),
  companyId: z.string().max(64, 'invalid_id').optional(),
};
export const contactExportQuery = z.strictObject(contactFilterFields);
export const contactListQuery = z.strictObject({ ...contactFilterFields, ...listPageFields });
export type ContactListQuery = z.infer<typeof contactListQuery>;

export const contactBulkInput = z.strictObject({ ...bulkFields, match: z.strictObject(contactFilterFields).optional(), action: z.enum(BULK_ACTIONS), status: z.enum(CONTACT_STATUSES).optional() });
export type ContactBulkInput = z.infer<typeof contactBulkInput>;

const contactBase = {
  ...clientOutputFields,
  firstName: z.string().nullable(),
  middleName: z.string().nullable(),
  lastName: z.string().nullable(),
  displayName: z.string(),
  position: z.string().nullable(),
  birthday: z.string().nullable(),
  status: z.enum(CONTACT_STATUSES),
};

export const contactLinkOutput = z.object({
  linkId: z.string(),
  company: z.object({ id: z.string(), name: z.string() }).nullable(),
  role: z.string().nullable(),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
});

export const contactOutput = z.object({ ...contactBase, companies: z.array(contactLinkOutput) });
export type ContactOutput = z.infer<typeof contactOutput>;
export const contactResult = z.object({ contact: contactOutput });

export const contactListItem = z.object({ ...contactBase, ...listItemExtras, companyNames: z.array(z.string()) });
export type ContactListItem = z.infer<typeof contactListItem>;
export const contactListOutput = z.object({ items: z.array(contactListItem), nextCursor: z.string().nullable(), total: z.number().int().optional() });

/** Links between a person and a company. */
const linkFields = {
  role: optionalText(NAME_MAX),
  startedOn: optionalDay,
  endedOn: optionalDay,
};
export const createLinkInput = z.strictObject({ companyId: refId, ...linkFields });
export type CreateLinkInput = z.infer<typeof createLinkInput>;
export const updateLinkInput = z.strictObject({ ...linkFields, version: versionSchema.optional() });
export type UpdateLinkInput = z.infer<typeof updateLinkInput>;
export const linkOutput = z.object({
  linkId: z.string(),
  contactId: z.string(),
  companyId: z.string(),
  contact: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  company: z.object({ id: z.string(), name: z.string() }).nullable(),
  role: z.string().nullable(),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  /** Send it back on a change; a stale one answers 409. */
  version: z.number().int(),
});
export type LinkOutput = z.infer<typeof linkOutput>;
export const linkResult = z.object({ link: linkOutput });
export const linkParams = z.strictObject({ linkId: uuidSchema });
