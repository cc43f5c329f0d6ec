import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import { now } from '../../platform/clock.js';
import { filePath } from '../../platform/files/file-store.js';
import { audit } from '../../platform/history/record-change.js';
import { fromJson, toJson } from '../../platform/json.js';
import { chunkedJobHandler, type ChunkOutcome, type ChunkState } from '../../platform/jobs/chunked-job.js';
import type { Job, JobRegistry } from '../../platform/jobs/jobs.registry.js';
import { currentJobActor, type ActorRef } from '../jobs/job-actor.js';
import type { ImportEntity } from './header-aliases.js';
import { planRow, type MappingEntry, type RowPlan } from './import-rows.js';
import { writeContext, writeRowGroup } from './import-writer.js';
import { runUndoStep, finishUndo, IMPORT_UNDO_JOB, type UndoResult } from './import-undo.js';
import * as imports from './imports.repository.js';
import { readOptions } from './imports.schema.js';
import { layoutOf, ownerIndex } from './imports.service.js';
import { readTable, type TableLayout } from './table-reader.js';
import { closeReader, keepReader, readerAt } from './open-readers.js';

/** The import job: the upload's rows, a chunk at a time, through the record engine (decision 0029). */
export const IMPORT_RUN_JOB = 'imports.run';

export interface ImportJobPayload { importId: string; by: ActorRef }
export interface RunResult {
  created: number; updated: number; skipped: number; failed: number;
  rowsPerSecond: number; secondsLeft: number | null;
  /** When the first chunk started (ms since the epoch; a rate, so the real clock). */
  startedMs: number;
}

/** The data rows of the upload (header and the rows above it left out); read once when the job starts. */
async function countDataRows(path: string, layout: TableLayout, headerRow: number): Promise<number> {
  let n = 0;
  for await (const _row of readTable(path, layout)) n++;
  return Math.max(0, n - headerRow - 1);
}

/** One chunk of an import's rows (exported for the chunk-boundary test). */
export function runStep(dataDir: string) {
  return async (trx: Transaction<Database>, job: Job<ImportJobPayload>, state: ChunkState<RunResult>, limit: number): Promise<ChunkOutcome<RunResult>> => {
    const workspaceId = job.workspaceId!;
    const imp = await imports.findImport(trx, workspaceId, job.payload.importId);
    // Cancelled (or gone): what was written stays, the job ends here.
    if (!imp || imp.status !== 'running') return { ...state, finished: true };
    const actor = await currentJobActor(trx, workspaceId, job.payload.by);
    const path = filePath(dataDir, imp.sha256);
    const layout = layoutOf(imp);
    const result: RunResult = { ...state.result, startedMs: state.result.startedMs || Date.now() };
    const total = state.cursor === null ? await countDataRows(path, layout, imp.header_row) : state.total;
    const from = Number(state.cursor ?? 0);
    const entity = imp.entity as ImportEntity;
    const options = readOptions(imp.options);
    const mapping = fromJson<MappingEntry[]>(imp.mapping);
    const width = fromJson<string[]>(imp.headers).length;
    const owners = await ownerIndex(trx, workspaceId);
    const w = await writeContext(trx, actor, imp.id, entity, options, imp.source ?? 'file');
    const failures: { import_id: string; line: number; cells: string[]; error: string }[] = [];
    // Bitrix24's deal export repeats a deal on one row per product: consecutive rows with one deal id are one deal.
    const grouping = entity === 'deals' && mapping.some((m) => m.field === 'product');
    let group: RowPlan[] = [];
    const flush = async () => {
      const outcomes = await writeRowGroup(trx, actor, w, group);
      outcomes.forEach((outcome, i) => {
        if (outcome.kind === 'failed') failures.push({ import_id: imp.id, line: group[i]!.line, cells: group[i]!.cells, error: outcome.reason });
        if (outcome.kind !== 'merged') result[outcome.kind]++;
      });
      group = [];
    };
    const firstData = imp.header_row + 1;
    const reader = await readerAt(imp.id, path, layout, firstData + from);
    let done = from;
    let ended = false;
    try {
      for (;;) {
        let row = reader.held;
        reader.held = undefined;
        if (!row) {
          const next = await reader.rows.next();
          if (next.done) { ended = true; break; }
          row = next.value;
        }
        const plan = planRow(entity, row, width, mapping, { country: options.defaultCountry, owners, locale: actor.locale, defaultOwnerId: options.defaultOwnerId });
        const joins = grouping && group.length > 0 && plan.keys.externalId !== null && plan.keys.externalId === group[0]!.keys.externalId;
        if (!joins && group.length > 0) await flush();
        // A chunk ends between deals only, so that a deal's product rows are written together; the
        // row read past the end is held by the reader for the next chunk.
        if (!joins && done - from >= limit) { reader.held = row; break; }
        group.push(plan);
        reader.next++;
        done++;
      }
      if (group.length > 0) await flush();
      await imports.addImportFailures(trx, failures);
    } catch (error) {
      await closeReader(reader);
      throw error;
    }
    // Kept for the next chunk (it commits with this one's rows, or starts afresh from the cursor).
    if (ended) await closeReader(reader);
    else await keepReader(imp.id, reader);
    const seconds = (Date.now() - result.startedMs) / 1000;
    result.rowsPerSecond = seconds > 0 ? Math.round(done / seconds) : 0;
    result.secondsLeft = result.rowsPerSecond > 0 ? Math.ceil(Math.max(0, total - done) / result.rowsPerSecond) : null;
    const counts = { total, created: result.created, updated: result.updated, skipped: result.skipped, failed: result.failed };
    await imports.updateImport(trx, imp.id, null, { counts: toJson(counts) });
    return { total: Math.max(total, done), done, cursor: String(done), result, finished: ended };
  };
}

async function runFinish(trx: Transaction<Database>, job: Job<ImportJobPayload>, end: ChunkState<RunResult> & { state: 'done' | 'failed'; error: string | null }): Promise<void> {
  const workspaceId = job.workspaceId!;
  const imp = await imports.findImport(trx, workspaceId, job.payload.importId);
  if (!imp) return;
  if (imp.status === 'running') await imports.updateImport(trx, imp.id, null, { status: end.state === 'done' ? 'done' : 'failed', finished_at: now() });
  const { startedMs: _started, ...counts } = end.result;
  await audit(trx, { workspaceId, actorId: job.payload.by.userId, ...job.payload.by.request }, 'import.run', {
    entityType: 'import', entityId: imp.id, changes: { entity: imp.entity, fileName: imp.file_name, ...counts, state: end.state, ...(end.error ? { error: end.error } : {}) },
  });
}

/** Told each chunk's time and rows (the import benchmark's chunk percentiles). */
export type ChunkObserver = (ms: number, rows: number) => void;

/** Registers the import and undo jobs on a worker's registry; the files are read from `dataDir`. */
export function registerImportJobs(registry: JobRegistry, dataDir: string, observe?: ChunkObserver): void {
  const step = runStep(dataDir);
  const timed: typeof step = observe ? async (trx, job, state, limit) => {
    const started = performance.now();
    const outcome = await step(trx, job, state, limit);
    observe(performance.now() - started, outcome.done - state.done);
    return outcome;
  } : step;
  registry.register<ImportJobPayload>(IMPORT_RUN_JOB, chunkedJobHandler<ImportJobPayload, RunResult>({ step: timed, finish: runFinish }));
  registry.register<ImportJobPayload>(IMPORT_UNDO_JOB, chunkedJobHandler<ImportJobPayload, UndoResult>({ step: runUndoStep, finish: finishUndo }));
}
