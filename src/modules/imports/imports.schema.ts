import { z } from 'zod';
import { fromJson } from '../../platform/json.js';
import { countryCode, queryInt, uuidSchema } from '../../platform/schemas.js';
import { jobOutput } from '../jobs/jobs.schema.js';
import { DELIMITERS, ENCODINGS } from './file-sniff.js';

export const IMPORT_ENTITIES = ['contacts', 'companies', 'deals', 'activities'] as const;
export const IMPORT_STATUSES = ['draft', 'running', 'done', 'failed', 'cancelled', 'undoing', 'undone'] as const;
export const IMPORT_SOURCES = ['amocrm', 'bitrix24', 'pipedrive', 'hubspot', 'salesforce', 'google', 'kartoteka'] as const;
export const MATCH_BY = ['phone', 'email', 'taxId', 'externalId'] as const;
export const UNKNOWN_STAGE = ['fail', 'firstStage'] as const;
export const MISSING_LINKS = ['fail', 'skipLink'] as const;

const fieldKey = z.string().max(80, 'too_long').regex(/^[a-zA-Z][a-zA-Z0-9_.]*$/, 'invalid_field');
export const mappingSchema = z.array(z.strictObject({ column: z.number().int().min(0).max(999), field: fieldKey.nullable() })).max(1000, 'too_long');

export const optionsSchema = z.strictObject({
  duplicatePolicy: z.enum(['skip', 'update', 'create']),
  matchBy: z.array(z.enum(MATCH_BY)).max(4),
  defaultCountry: countryCode,
  defaultOwnerId: uuidSchema.nullable(),
  createMissingOwners: z.literal(false),
  /** Deals: a pipeline or stage no name matches fails the row, or puts the deal on the default pipeline's first stage. */
  unknownStage: z.enum(UNKNOWN_STAGE),
  /** Deals and activities: a contact, company or deal no cell value finds fails the row, or the record is written without that link. */
  missingLinks: z.enum(MISSING_LINKS),
});
export type ImportOptions = z.infer<typeof optionsSchema>;

/** Options as stored, with the defaults of options added after an import was drafted. */
export function readOptions(json: unknown): ImportOptions {
  return { unknownStage: 'fail', missingLinks: 'fail', ...fromJson<Partial<ImportOptions>>(json) } as ImportOptions;
}

export const importOutput = z.object({
  id: z.string(),
  entity: z.enum(IMPORT_ENTITIES),
  status: z.enum(IMPORT_STATUSES),
  fileName: z.string(),
  size: z.number().int(),
  format: z.enum(['csv', 'xlsx', 'xls-html', 'vcard']),
  encoding: z.string(),
  delimiter: z.string(),
  headerRow: z.number().int(),
  headers: z.array(z.string()),
  sample: z.array(z.array(z.string())),
  source: z.enum(IMPORT_SOURCES).nullable(),
  mapping: z.array(z.object({ column: z.number().int(), field: z.string().nullable() })),
  options: z.object({
    duplicatePolicy: z.enum(['skip', 'update', 'create']), matchBy: z.array(z.enum(MATCH_BY)), defaultCountry: z.string(),
    defaultOwnerId: z.string().nullable(), createMissingOwners: z.boolean(), unknownStage: z.enum(UNKNOWN_STAGE), missingLinks: z.enum(MISSING_LINKS),
  }),
  workbook: z.object({ sheets: z.array(z.string()), sheet: z.number().int(), merged: z.array(z.string()) }).nullable(),
  counts: z.object({ total: z.number().int(), created: z.number().int(), updated: z.number().int(), skipped: z.number().int(), failed: z.number().int() }),
  jobId: z.string().nullable(),
  createdBy: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  version: z.number().int(),
});
export type ImportOutput = z.infer<typeof importOutput>;

export const importResult = z.object({ import: importOutput });
export const importJobResult = z.object({ import: importOutput, job: jobOutput });
export const importListQuery = z.strictObject({ cursor: z.string().max(200).optional(), limit: queryInt(1, 100).optional() });
export const importListOutput = z.object({ items: z.array(importOutput), nextCursor: z.string().nullable() });

export const patchImportInput = z.strictObject({
  version: z.number().int().min(1),
  encoding: z.enum(ENCODINGS).optional(),
  delimiter: z.enum(DELIMITERS).optional(),
  headerRow: z.number().int().min(0).max(100).optional(),
  mapping: mappingSchema.optional(),
  options: optionsSchema.partial().optional(),
  /** XLSX: the 0-based sheet to read (`workbook.sheets`). */
  sheet: z.number().int().min(0).max(1000).optional(),
});
export type PatchImportInput = z.infer<typeof patchImportInput>;

export const runInput = z.strictObject({ version: z.number().int().min(1) });
export const emptyInput = z.strictObject({}).optional();

export const previewQuery = z.strictObject({ limit: queryInt(1, 200).optional() });
export const previewOutput = z.object({
  rows: z.array(z.object({
    line: z.number().int(),
    values: z.record(z.string(), z.unknown()),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
    /** Links the row names that were not found and that the run leaves out (`missingLinks: skipLink`). */
    warnings: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
    /** What the row is read with that is no error: `merged_cell` (a merged cell's value is in its first cell only). */
    notes: z.array(z.object({ column: z.number().int(), code: z.string(), message: z.string() })),
    match: z.object({ id: z.string(), name: z.string(), by: z.enum(MATCH_BY) }).nullable(),
  })),
});

export const fieldsQuery = z.strictObject({ entity: z.enum(IMPORT_ENTITIES) });
export const fieldsOutput = z.object({
  fields: z.array(z.object({ key: z.string(), label: z.string(), type: z.string(), multiple: z.boolean(), required: z.boolean() })),
});
