import { z } from 'zod';
import { requiredText } from '../../platform/schemas.js';
import { versionSchema } from '../users/users-admin.schema.js';
import {
  BULK_ACTIONS, bulkFields, clientFields, clientOutputFields, listFilterFields, listItemExtras, listPageFields, NAME_MAX, optionalText,
} from '../contacts/client-schema.js';

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-1000', '1000+'] as const;

const companyFields = {
  legalName: optionalText(NAME_MAX),
  taxId: optionalText(50),
  industry: optionalText(NAME_MAX),
  size: z.enum(COMPANY_SIZES).nullable().optional(),
  ...clientFields,
};
const companyName = requiredText(NAME_MAX);

export const createCompanyInput = z.strictObject({ name: companyName, ...companyFields });
export type CreateCompanyInput = z.infer<typeof createCompanyInput>;

export const updateCompanyInput = z.strictObject({ name: companyName.optional(), ...companyFields, version: versionSchema });
export type UpdateCompanyInput = z.infer<typeof updateCompanyInput>;

export const companyExportQuery = z.strictObject(listFilterFields);
export const companyListQuery = z.strictObject({ ...listFilterFields, ...listPageFields });
export type CompanyListQuery = z.infer<typeof companyListQuery>;

export const companyBulkInput = z.strictObject({ ...bulkFields, match: z.strictObject(listFilterFields).optional(), action: z.enum(BULK_ACTIONS.filter((a) => a !== 'set_status') as ['assign_owner', 'add_tags', 'remove_tags', 'delete']) });
export type CompanyBulkInput = z.infer<typeof companyBulkInput>;

const companyBase = {
  ...clientOutputFields,
  name: z.string(),
  legalName: z.string().nullable(),
  /** Left out when the viewer's role hides it. */
  taxId: z.string().nullable().optional(),
  industry: z.string().nullable(),
  size: z.enum(COMPANY_SIZES).nullable(),
};

export const companyPersonOutput = z.object({
  linkId: z.string(),
  contact: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  role: z.string().nullable(),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
});

export const companyOutput = z.object({ ...companyBase, people: z.array(companyPersonOutput) });
export type CompanyOutput = z.infer<typeof companyOutput>;
export const companyResult = z.object({ company: companyOutput });

export const companyListItem = z.object({ ...companyBase, ...listItemExtras });
export type CompanyListItem = z.infer<typeof companyListItem>;
export const companyListOutput = z.object({ items: z.array(companyListItem), nextCursor: z.string().nullable(), total: z.number().int().optional() });
