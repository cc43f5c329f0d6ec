import fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { isAdmin, scopeOf, type Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { FileTooLargeError, filePath, registerFileReferrer, storeFile } from '../../platform/files/file-store.js';
import { newId } from '../../platform/ids.js';
import { fromJson, toJson } from '../../platform/json.js';
import type { Module } from '../../platform/access/permissions.js';
import { listActiveFields } from '../custom-fields/custom-fields.service.js';
import { findWorkspace } from '../workspaces/workspaces.service.js';
import { compoundFileKind, decodeHead, detectDelimiter, detectEncoding, detectFormat, SNIFF_BYTES, type ImportEncoding, type ImportFormat } from './file-sniff.js';
import { detectSource, MULTI_FIELDS, suggestMapping, type ImportEntity } from './header-aliases.js';
import { builtInFields, ENTITY_TYPE, isKnownField, type ImportField } from './import-fields.js';
import { planRow, type MappingEntry, type OwnerIndex } from './import-rows.js';
import { loadCatalog } from './import-catalog.js';
import { resolveRefs } from './import-refs.js';
import { findMatch } from './import-writer.js';
import { mergedCellNotes } from './merged-cells.js';
import * as imports from './imports.repository.js';
import type { ImportRow } from './imports.repository.js';
import { readOptions, type ImportOptions, type PatchImportInput } from './imports.schema.js';
import { guessHeaderRow, inspectWorkbook, readHead, readTable, type TableLayout, type WorkbookSettings } from './table-reader.js';

registerFileReferrer('imports', async (db, sha256) => Boolean(await db.selectFrom('imports').select('id').where('sha256', '=', sha256).executeTakeFirst()));

export interface ImportFiles { dataDir: string; maxBytes: number }

const MODULE: Record<ImportEntity, Module> = { contacts: 'contacts', companies: 'companies', deals: 'deals', activities: 'activities' };
/** Deals and activities have no phones or emails of their own: only their id in the other system matches them. */
const MATCH_DEFAULTS: Record<ImportEntity, ImportOptions['matchBy']> = {
  contacts: ['phone', 'email', 'externalId'], companies: ['taxId', 'phone', 'email', 'externalId'], deals: ['externalId'], activities: ['externalId'],
};
const ZERO_COUNTS = { total: 0, created: 0, updated: 0, skipped: 0, failed: 0 };

/** @throws AppError forbidden without the import right on the entity's module */
export function authorizeImport(actor: Actor, entity: ImportEntity): void {
  authorize(actor, MODULE[entity], 'import');
}

/** @throws AppError forbidden without the import right on any module */
function authorizeAnyImport(actor: Actor): void {
  if (!Object.values(MODULE).some((m) => scopeOf(actor, m, 'import') !== 'none')) throw new AppError('forbidden', 'You have no right to import');
}

/** An import the actor may see: their own, or any for an administrator. @throws AppError not_found | forbidden */
export async function findVisibleImport(db: Executor, actor: Actor, id: string): Promise<ImportRow> {
  const row = await imports.findImport(db, actor.workspaceId, id);
  if (!row || (!isAdmin(actor) && row.created_by !== actor.userId)) throw new AppError('not_found', 'The import was not found');
  authorizeImport(actor, row.entity as ImportEntity);
  return row;
}

async function readSniff(path: string): Promise<Uint8Array> {
  const handle = await fs.open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export interface UploadInput { entity: ImportEntity; fileName: string; body: Readable }

/**
 * Stores an upload and reads what it is: format, encoding, delimiter, header row, source CRM and
 * a suggested mapping. Refused up front: a binary file (whatever its name), an empty one, one over the limit.
 * @throws AppError forbidden | validation_failed (file: unsupported_file | empty_file) | payload_too_large
 */
export async function uploadImport(db: Kysely<Database>, actor: Actor, files: ImportFiles, input: UploadInput): Promise<ImportRow> {
  authorizeImport(actor, input.entity);
  let stored;
  try {
    stored = await storeFile(files.dataDir, input.body, { maxBytes: files.maxBytes });
  } catch (err) {
    if (err instanceof FileTooLargeError) throw new AppError('payload_too_large', `The file is larger than the limit of ${files.maxBytes} bytes`, { file: 'too_large' });
    throw err;
  }
  if (stored.size === 0) throw new AppError('validation_failed', 'The file is empty', { file: 'empty_file' });
  const path = filePath(files.dataDir, stored.sha256);
  const head = await readSniff(path);
  const format = detectFormat(head, input.fileName);
  if (!format) refuseNonTable(head, input.fileName);
  const encoding: ImportEncoding = format === 'xlsx' ? 'utf-8' : detectEncoding(head);
  const delimiter = format === 'csv' ? detectDelimiter(decodeHead(head, encoding)) : ',';
  const workbook = format === 'xlsx' ? await inspectWorkbook(path) : null;
  const layout: TableLayout = { format, encoding, delimiter, ...(workbook ? { sheet: workbook.sheet } : {}) };
  const firstRows = await firstRowsOf(path, layout);
  if (firstRows.length === 0 || firstRows.every((r) => r.every((c) => c.trim() === ''))) throw new AppError('validation_failed', 'The file has no rows', { file: 'empty_file' });
  const headerRow = format === 'vcard' ? 0 : guessHeaderRow(firstRows);
  const { headers, sample } = await readHead(path, layout, headerRow);
  const workspace = await findWorkspace(db, actor.workspaceId);
  const options: ImportOptions = {
    duplicatePolicy: 'skip', matchBy: MATCH_DEFAULTS[input.entity],
    defaultCountry: workspace?.default_country ?? 'US', defaultOwnerId: null, createMissingOwners: false, unknownStage: 'fail', missingLinks: 'fail',
  };
  // The workbook's sheets ride along with the options (decision 0033): file settings, not import options.
  const storedOptions = workbook ? { ...options, workbook } : options;
  const id = newId();
  await imports.insertImport(db, {
    id, workspace_id: actor.workspaceId, entity: input.entity, status: 'draft', file_name: input.fileName.slice(0, 255), sha256: stored.sha256, size: stored.size,
    format, encoding, delimiter, header_row: headerRow, headers: toJson(headers), sample: toJson(sample), source: detectSource(headers),
    mapping: toJson(suggestMapping(input.entity, headers)), options: toJson(storedOptions), counts: toJson(ZERO_COUNTS),
    job_id: null, undo_job_id: null, created_by: actor.userId!, created_at: now(), finished_at: null, version: 1,
  });
  return (await imports.findImport(db, actor.workspaceId, id))!;
}

/**
 * Says why an upload that is no table is refused: a password-protected workbook, a legacy binary
 * Excel file, or anything else binary.
 * @throws AppError validation_failed (file: encrypted_file | unsupported_file)
 */
function refuseNonTable(head: Uint8Array, fileName: string): never {
  const compound = compoundFileKind(head, fileName);
  if (compound === 'encrypted') throw new AppError('validation_failed', 'The workbook is protected with a password: save a copy without the password and upload that', { file: 'encrypted_file' });
  if (compound === 'legacy') throw new AppError('validation_failed', 'This is a legacy binary Excel file (.xls): save it as .xlsx or CSV', { file: 'unsupported_file' });
  throw new AppError('validation_failed', 'This file is not a table: upload CSV, XLSX, an HTML .xls or vCard', { file: 'unsupported_file' });
}

/** The actor's imports (an administrator's: everyone's), newest first. @throws AppError forbidden | validation_failed (cursor) */
export async function listImports(db: Executor, actor: Actor, query: { cursor?: string; limit?: number }) {
  authorizeAnyImport(actor);
  const limit = query.limit ?? 20;
  let after: { at: string; id: string } | null = null;
  if (query.cursor) {
    const [at, id] = Buffer.from(query.cursor, 'base64url').toString('utf8').split('|');
    if (!at || !id) throw new AppError('validation_failed', 'Bad cursor', { cursor: 'invalid' });
    after = { at, id };
  }
  const rows = await imports.listImports(db, actor.workspaceId, isAdmin(actor) ? null : actor.userId, after, limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: rows.length > limit && last ? Buffer.from(`${last.created_at}|${last.id}`).toString('base64url') : null };
}

/** The workbook settings of an XLSX import (null for other formats). */
export function workbookOf(row: ImportRow): WorkbookSettings | null {
  return fromJson<{ workbook?: WorkbookSettings }>(row.options).workbook ?? null;
}

/** How the import's file is read. */
export function layoutOf(row: ImportRow): TableLayout {
  const workbook = workbookOf(row);
  return { format: row.format as ImportFormat, encoding: row.encoding as ImportEncoding, delimiter: row.delimiter, ...(workbook ? { sheet: workbook.sheet } : {}) };
}

/** @throws AppError validation_failed (mapping: duplicate_target | unknown_field | invalid_column) */
function checkMapping(entity: ImportEntity, mapping: MappingEntry[], width: number, customKeys: string[]): void {
  const seen = new Set<string>();
  for (const { column, field } of mapping) {
    if (column >= Math.max(width, 1)) throw new AppError('validation_failed', `There is no column ${column + 1}`, { mapping: 'invalid_column' });
    if (!field) continue;
    if (!isKnownField(entity, field, customKeys)) throw new AppError('validation_failed', `There is no field "${field}"`, { mapping: 'unknown_field' });
    if (seen.has(field) && !MULTI_FIELDS.has(field)) throw new AppError('validation_failed', `Two columns are mapped to "${field}"`, { mapping: 'duplicate_target' });
    seen.add(field);
  }
}

async function customKeysOf(db: Executor, actor: Actor, entity: ImportEntity): Promise<string[]> {
  return (await listActiveFields(db, actor.workspaceId, ENTITY_TYPE[entity])).map((d) => d.key);
}

/**
 * Changes a draft's layout, mapping or options and re-reads its sample.
 * @throws AppError not_found | forbidden | conflict (stale version; not a draft) | validation_failed (mapping...)
 */
export async function patchImport(db: Kysely<Database>, actor: Actor, files: ImportFiles, id: string, input: PatchImportInput): Promise<ImportRow> {
  const row = await findVisibleImport(db, actor, id);
  if (row.version !== input.version) throw new AppError('conflict', 'The import was changed meanwhile; reload it');
  if (row.status !== 'draft') throw new AppError('conflict', 'Only a draft import can be changed', { status: 'not_draft' });
  const entity = row.entity as ImportEntity;
  const path = filePath(files.dataDir, row.sha256);
  const workbook = await pickSheet(path, workbookOf(row), input.sheet);
  const layout: TableLayout = { ...layoutOf(row), ...(input.encoding ? { encoding: input.encoding } : {}), ...(input.delimiter ? { delimiter: input.delimiter } : {}), ...(workbook ? { sheet: workbook.sheet } : {}) };
  const sheetChanged = workbook !== null && workbook.sheet !== workbookOf(row)?.sheet;
  // Another sheet has its headers where they are: guessed again unless the request says.
  const headerRow = input.headerRow ?? (sheetChanged ? await guessHeaderRowOf(path, layout) : row.header_row);
  const relayout = layout.encoding !== row.encoding || layout.delimiter !== row.delimiter || headerRow !== row.header_row || sheetChanged;
  const head = relayout ? await readHead(path, layout, headerRow) : { headers: fromJson<string[]>(row.headers), sample: fromJson<string[][]>(row.sample) };
  const mapping = input.mapping ?? (relayout ? suggestMapping(entity, head.headers) : fromJson<MappingEntry[]>(row.mapping));
  checkMapping(entity, mapping, head.headers.length, await customKeysOf(db, actor, entity));
  const options = { ...readOptions(row.options), ...(input.options ?? {}), ...(workbook ? { workbook } : {}) };
  const ok = await imports.updateImport(db, id, row.version, {
    encoding: layout.encoding, delimiter: layout.delimiter, header_row: headerRow, headers: toJson(head.headers), sample: toJson(head.sample),
    mapping: toJson(mapping), options: toJson(options), ...(relayout ? { source: detectSource(head.headers) } : {}),
  });
  if (!ok) throw new AppError('conflict', 'The import was changed meanwhile; reload it');
  return (await imports.findImport(db, actor.workspaceId, id))!;
}

/**
 * The workbook settings after a PATCH: the sheet asked for, with its merged ranges read anew.
 * @throws AppError validation_failed (sheet: not_xlsx | unknown_sheet)
 */
async function pickSheet(path: string, current: WorkbookSettings | null, sheet: number | undefined): Promise<WorkbookSettings | null> {
  if (sheet === undefined || sheet === current?.sheet) return current;
  if (!current) throw new AppError('validation_failed', 'Only a workbook has sheets', { sheet: 'not_xlsx' });
  if (sheet >= current.sheets.length) throw new AppError('validation_failed', `The workbook has no sheet ${sheet + 1}`, { sheet: 'unknown_sheet' });
  return inspectWorkbook(path, sheet);
}

/** The cells of the file's first ten rows. */
async function firstRowsOf(path: string, layout: TableLayout): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of readTable(path, layout)) {
    rows.push(row.cells);
    if (rows.length >= 10) break;
  }
  return rows;
}

async function guessHeaderRowOf(path: string, layout: TableLayout): Promise<number> {
  return guessHeaderRow(await firstRowsOf(path, layout));
}

/** Users an owner cell may name, by lowercased name and email. */
export async function ownerIndex(db: Executor, workspaceId: string): Promise<OwnerIndex> {
  const index: OwnerIndex = new Map();
  for (const u of await imports.workspaceUsers(db, workspaceId)) {
    index.set(u.email.toLowerCase(), u.id);
    if (!index.has(u.name.trim().toLowerCase())) index.set(u.name.trim().toLowerCase(), u.id);
  }
  return index;
}

/** The first rows as they would be imported: values, errors and the record each matches. @throws AppError not_found | forbidden */
export async function previewImport(db: Kysely<Database>, actor: Actor, files: ImportFiles, id: string, limit: number) {
  const row = await findVisibleImport(db, actor, id);
  const entity = row.entity as ImportEntity;
  const options = readOptions(row.options);
  const mapping = fromJson<MappingEntry[]>(row.mapping);
  const headers = fromJson<string[]>(row.headers);
  const owners = await ownerIndex(db, actor.workspaceId);
  const source = row.source ?? 'file';
  const catalog = entity === 'deals' || entity === 'activities' ? await loadCatalog(db, actor, entity) : null;
  const merged = workbookOf(row)?.merged ?? [];
  const out = [];
  let index = 0;
  for await (const sheetRow of readTable(filePath(files.dataDir, row.sha256), layoutOf(row))) {
    if (index++ <= row.header_row) continue;
    const plan = planRow(entity, sheetRow, headers.length, mapping, { country: options.defaultCountry, owners, locale: actor.locale, defaultOwnerId: options.defaultOwnerId });
    // Deal and activity rows name stages, kinds and linked records: found as the run will find them.
    const refs = catalog && plan.errors.length === 0 && (entity === 'deals' || entity === 'activities')
      ? await resolveRefs(db, { actor, catalog, options, source, country: options.defaultCountry }, plan, entity) : null;
    const errors = [...plan.errors, ...(refs?.errors ?? [])];
    const match = errors.length === 0 ? await findMatch(db, actor, entity, plan, options, source) : null;
    out.push({ line: plan.line, values: plan.values, errors, warnings: refs?.dropped ?? [], notes: mergedCellNotes(merged, sheetRow.line, actor.locale), match });
    if (out.length >= limit) break;
  }
  return out;
}

/** The fields a column can go to, custom fields included. @throws AppError forbidden */
export async function importFields(db: Executor, actor: Actor, entity: ImportEntity): Promise<ImportField[]> {
  authorizeImport(actor, entity);
  const custom = entity !== 'activities' ? await listActiveFields(db, actor.workspaceId, ENTITY_TYPE[entity]) : [];
  return [
    ...builtInFields(entity, actor.locale),
    ...custom.map((d) => ({ key: `custom.${d.key}`, label: d.label, type: 'custom' as const, multiple: false, required: false })),
  ];
}

/** The failed rows as uploaded, with the reason in a last column. */
export async function failedRows(db: Executor, actor: Actor, id: string): Promise<{ headers: string[]; rows: { cells: string[]; error: string }[]; fileName: string }> {
  const row = await findVisibleImport(db, actor, id);
  const failures = await imports.importFailures(db, id);
  return { headers: fromJson<string[]>(row.headers), fileName: row.file_name, rows: failures.map((f) => ({ cells: fromJson<string[]>(f.cells), error: f.error })) };
}
