import type { NameOrder } from '../text/name-order.js';
import type { NameField } from '../search/search-rank.js';
import type { Expression, ExpressionBuilder, Kysely, SelectQueryBuilder, SqlBool, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../access/actor.js';
import type { Module } from '../access/permissions.js';
import type { ChangeAction } from '../history/record-change.js';
import type { ChunkOutcome, ChunkState } from '../jobs/chunked-job.js';
import type { SearchParts } from '../search/search.index.js';
import type { RecordRow } from './record-columns.js';

/**
 * What a record type (contact, company, deal, product, activity...) tells the platform, once, so
 * that list, count, export, bulk, history, trash, transfer, timeline, attachments, custom fields
 * and saved views work for it without naming it anywhere else. See docs/development.md
 * "How to add a record type" and decision 0009.
 */

/** How a list filter treats a standard column. */
export type ColumnKind = 'text' | 'date' | 'time' | 'id' | 'enum' | 'number';

/** A standard column a list may be filtered by (`filter=[{ field, op, value }]`). */
export interface FilterColumn {
  column: string;
  kind: ColumnKind;
}

/** A column a list may be sorted by (`sort=<key>` or `-<key>`). */
export interface SortColumn {
  column: string;
  /** Records without a value are listed after those with one, on their own index condition. */
  nullable: boolean;
  /** What a cursor's value must look like. */
  value: 'text' | 'time' | 'number';
}

/** What writing and presenting a record needs from its workspace: the phone country and the active custom fields. */
export interface RecordContext {
  country: string;
  /** Countries a phone typed without a country code is tried in (the client countries; `country` when none are set). */
  phoneCountries?: string[];
  defs: ReadonlyArray<{ key: string; label: string; type: string }>;
  /** The order people's names are composed in (the workspace's, decision 0038); "First Surname" when absent. */
  nameOrder?: NameOrder;
}

/** Collects field errors so one answer names them all (implemented by the records module). */
export interface FieldErrorSink {
  add(field: string, code: string): void;
  run<T>(check: () => T | Promise<T>): Promise<T | undefined>;
}

/** A WHERE condition over the type's table. */
export type Condition = (eb: ExpressionBuilder<any, any>) => Expression<SqlBool>;

/** A type's own list parameter (`status=lead,client`, `companyId=...`): its schema and its SQL condition. */
export interface ListParam {
  schema: z.ZodType;
  /**
   * The condition for a given value; `undefined` when the value asks for nothing. `pg` says the
   * query runs on PostgreSQL (for the rare condition that needs a dialect's date arithmetic).
   * @throws AppError validation_failed
   */
  condition(value: unknown, actor: Actor, table: string, pg: boolean): Condition | undefined;
  /** A typical value, which the plan test lists with (`status=open` for deals). */
  sample?: string;
}

/** One CSV layout: headers, and the cells of a page of records (same order). */
export interface CsvLayout {
  headers: string[];
  cells(page: RecordRow[]): Promise<Array<Array<string | number | null>>>;
}

/** What a write changed, for types that keep derived history of their own (a deal's stage moves). */
export interface WriteChange {
  /** The row before the write; null on create. */
  before: RecordRow | null;
  actor: Actor;
}

/**
 * How the duplicates module finds and merges duplicates of a type (decision 0018). The matching
 * itself is one of the duplicates module's named strategies; the type says which, and what it has.
 */
export interface RecordDuplicates {
  /** `person` (names compared fuzzily, colleagues at one company, birthdays) or `organisation` (legal forms, tax ids, website domains). */
  strategy: string;
  /** The column the pair list and merges call a record by, and the one shown under it. */
  titleColumn: string;
  subtitleColumn: string;
  /** Blocking keys on the type's rows besides `name_key` and its contact points: a checksum-validated tax id key, a birthday. */
  keyColumns: { taxIdKey?: string; birthday?: string };
  /** Link rows a merge hands to the survivor: the link table, the column naming this type, the column naming the other side. */
  links?: { table: 'contact_companies'; own: 'contact_id' | 'company_id'; other: 'contact_id' | 'company_id' };
  /** Scalar fields a merge lets the user pick a record's value for: API field name → column. */
  mergeFields: Readonly<Record<string, string>>;
  /**
   * Fills the columns a merge derives from the merged values (display name from its parts, name
   * and tax id keys, sort name) in `columns`; `chosen` names the fields the user picked. Answers the title.
   */
  deriveMerged(columns: Record<string, unknown>, survivor: Readonly<Record<string, unknown>>, chosen: ReadonlySet<string>): string;
  /** Rebuilds a record's derived rows (contact points, search document, duplicate pairs) after a merge moved rows. */
  reindex(trx: Transaction<Database>, workspaceId: string, id: string): Promise<void>;
}

/** The names, phones and emails of a found record, to tell the user what the query matched. */
export interface SearchMatchSource {
  names: string[];
  phones: string[];
  emails: string[];
  /**
   * The name fields one by one with their part in the ranking (decision 0038): a person's surname,
   * first and middle names, a company's names. Without them `names` rank as plain names.
   */
  fields?: NameField[];
}

/** How a type's records show in global search (`GET /api/v1/search`); the type needs `features.search`. */
export interface RecordSearch {
  /** Columns a hit is built from, besides `id` and `sort_name` (which every searchable table has). */
  columns: readonly string[];
  /**
   * The SQLite id range of its search documents (0 to 14, one type each; fixed once documents exist),
   * so the trigram index is asked for this type's matches alone. Without one it shares range 15.
   */
  slot?: number;
  /** Its phones and emails are in `contact_points`: a whole number or address typed is looked up there exactly. */
  contactPoints?: boolean;
  /** What the query may have matched in a hit's row (its names, phones and emails). */
  matchSource(row: RecordRow): SearchMatchSource;
  /** The line under each hit's title, for a page of hits in order (batch look-ups: a contact's first company). */
  subtitles(db: Executor, actor: Actor, rows: RecordRow[]): Promise<Array<string | null>>;
  /**
   * The parts of the record's search document. When given, the engine writes the document after
   * every write and restore; a type that rebuilds it with its other derived rows in `afterWrite`
   * (contacts and companies, with their contact points) leaves this out.
   */
  document?(row: RecordRow, ctx: RecordContext): SearchParts;
}

/** Counts a bulk job keeps. */
export interface BulkCounts {
  updated: number;
  skipped: number;
}

/** What a type's timeline shows besides the items of the record itself. */
export interface RecordTimeline {
  /**
   * Items of related records the record's feed also shows, each marked with its record (a company's
   * feed shows its people's): their type, and the ids of those the actor may see, as a subquery.
   */
  related?: {
    entityType: string;
    ids(actor: Actor, subjectId: string): (eb: ExpressionBuilder<Database, any>) => SelectQueryBuilder<Database, any, { [column: string]: string }>;
  };
}

/**
 * A standard field that holds client data, which a role's field rights may mask, make read-only or
 * hide (decision 0027). Custom fields need no declaration: each is the field `custom.<key>`.
 */
export interface ProtectedField {
  /** The field's name in field rights, the role editor and errors: `phones`, `taxId`, `amount`. */
  name: string;
  /** How a masked value shows; `null`: the field cannot be masked (a number), only made read-only or hidden. */
  mask: 'phone' | 'email' | 'text' | null;
  /** The stored columns holding it: blanked in exports, history versions and audit details. */
  columns: readonly string[];
  /** The keys of the API answer holding it (record and list item): left out when hidden, masked when masked. */
  outputKeys: readonly string[];
  /** The keys of a create or update body that write it. */
  inputKeys: readonly string[];
  /** List filters (`filter=[{ field }]`) and sort keys on it: refused when the field is hidden. */
  filters?: readonly string[];
  sorts?: readonly string[];
  /** It is part of the type's search document: a search must not match on it when it is hidden. */
  searched?: boolean;
  /** Its values are phone numbers the web can call without reading them (`POST …/phones/:index/call`). */
  callable?: boolean;
}

export interface RecordType {
  /** `contact`: the `entity_type` in history, audit, timeline, custom fields and saved views. */
  entityType: string;
  /** `contacts`: the API path `/api/v1/<plural>` and the OpenAPI tag. */
  plural: string;
  /** The table: it has the shared columns of `RecordColumns`. */
  table: string;
  /** The permission module whose rights (and visibility scopes) govern it. */
  module: Module;
  /** A human title of a row (display name, company name). */
  title(row: RecordRow): string;
  /** The column shown under the title in pickers and duplicates (position, tax id); optional. */
  subtitleColumn?: string;

  /** Standard columns lists filter on, by API field name. */
  filterColumns: ReadonlyMap<string, FilterColumn>;
  /** Columns lists sort on, by sort key; `name` (the `sort_name` column) should be among them. */
  sorts: ReadonlyMap<string, SortColumn>;
  /** The type's own list parameters besides the shared ones (`q`, `ownerId`, `tag`, `filter`, `sort`...). */
  listParams?: ReadonlyMap<string, ListParam>;

  /** Which shared capabilities the table supports. */
  features: {
    /** A JSON `custom` column with admin-defined fields. */
    customFields: boolean;
    /** A JSON `tags` column mirrored into `record_tags`. */
    tags: boolean;
    /** A search document per record (global search and `q=`). */
    search: boolean;
    /** Notes, files and activities attach to it; `last_activity_at` follows them. */
    timeline: boolean;
    /** Saved list views. */
    savedViews: boolean;
    /** Records can be merged into another (a `merged_into_id` column); merged-away ones stay out of the trash. */
    merge: boolean;
    /** One record can be shared with named colleagues as an observer or co-owner (decision 0027). */
    sharing?: boolean;
  };

  /** Standard fields holding client data that field rights govern (decision 0027); custom fields come on their own. */
  protectedFields?: readonly ProtectedField[];

  /** How its records show in global search (with `features.search`); without it the type is left out of global search. */
  search?: RecordSearch;
  /** What its timeline shows besides its own items (with `features.timeline`). */
  timeline?: RecordTimeline;

  /** Zod schemas of the generic API: create and update bodies, one record, a list item. */
  schemas: {
    create: z.ZodType;
    update: z.ZodType;
    output: z.ZodType;
    listItem: z.ZodType;
  };
  /** The key of the record in single-record answers: `{ contact: {...} }`. */
  resultKey: string;

  /**
   * The type's own columns from a create (`before` null: every column) or update input (only what it
   * names); errors go to `errors`. Shared columns (owner, version, times, custom, tags...) are not its business.
   */
  columnsFromInput(db: Executor, actor: Actor, input: Record<string, unknown>, before: RecordRow | null, ctx: RecordContext, errors: FieldErrorSink): Promise<Record<string, unknown>>;
  /** An update input (without `version`) that puts back an old version's values (history restore). */
  inputFromVersion(db: Executor, actor: Actor, data: Record<string, unknown>, ctx: RecordContext): Promise<Record<string, unknown>>;
  /** Rebuilds rows derived from the record (contact points, tags, search document) after a write or restore. */
  afterWrite?(trx: Transaction<Database>, row: RecordRow, ctx: RecordContext, change?: WriteChange): Promise<void>;
  /** Hides what the record shows elsewhere once it is in the trash (an activity's items on its records' feeds); a restore runs `afterWrite`. */
  afterDelete?(trx: Transaction<Database>, row: RecordRow, actor: Actor): Promise<void>;
  /** Removes what only the record owned before its row goes for good (derived rows). */
  beforePurge?(trx: Transaction<Database>, workspaceId: string, id: string): Promise<void>;
  /** One record as the API shows it. */
  present(db: Executor, actor: Actor, row: RecordRow, ctx: RecordContext): Promise<unknown>;
  /** A page of list rows as the API shows them (batch lookups of related names). */
  presentList(db: Executor, actor: Actor, rows: RecordRow[], ctx: RecordContext): Promise<unknown[]>;
  /** The CSV layout of an export. */
  csv(db: Executor, actor: Actor, ctx: RecordContext): CsvLayout;
  /**
   * Bulk actions over picked records or all a filter matches, when the type has them: done at once
   * for a page of records (200 with the counts), or queued as a chunked background job (202 with its id).
   */
  bulk?: {
    input: z.ZodType;
    start(db: Kysely<Database>, actor: Actor, input: unknown): Promise<{ status: 200; body: BulkCounts } | { status: 202; jobId: string }>;
    /**
     * One chunk of the type's queued bulk job (the records module's `records.bulk` job, queued with
     * what `start` put in its `work`), in the caller's short transaction, with rights checked anew.
     */
    chunk(trx: Transaction<Database>, actor: Actor, work: unknown, state: ChunkState<BulkCounts>, limit: number): Promise<ChunkOutcome<BulkCounts>>;
    /** The job's action (`assign_owner`) and what its one audit entry records besides the counts (filter, new owner, tags...). */
    describe(work: unknown): { action: string; details: Record<string, unknown> };
  };
  /** Duplicate detection and merge, when the type has them. */
  duplicates?: RecordDuplicates;
  /** Transfers records between owners (a manager leaves); default: the generic one over `owner_id`. */
  transferOwnership?(trx: Transaction<Database>, actor: Actor, fromUserId: string, toUserId: string): Promise<number>;
  /** How many records (live or in the trash) a user owns: a transfer over a page of records runs as a job. */
  countOwned?(db: Executor, workspaceId: string, userId: string): Promise<number>;
  /** Moves at most `limit` records of one owner to another in the caller's short transaction; answers how many moved. */
  transferChunk?(trx: Transaction<Database>, actor: Actor, fromUserId: string, toUserId: string, limit: number): Promise<number>;
}

/** What a write of a type records as its history action. */
export type RecordChangeAction = ChangeAction;
