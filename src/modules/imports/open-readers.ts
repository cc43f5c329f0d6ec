import type { SheetRow } from './csv-parser.js';
import { readTable, type TableLayout } from './table-reader.js';

/**
 * The import job's file readers, kept open from one chunk to the next in this process. Each chunk
 * used to re-read the file from its start up to the cursor, so an import's cost grew with the
 * square of its rows (a million rows re-parsed the file some thousands of times). A reader left
 * where the last chunk stopped is picked up by the next one when it starts exactly there; anything
 * else (another process, a retried chunk, a restart) opens the file afresh and skips to the cursor,
 * so this is a cache, never the state of the job.
 */

/**
 * `next` is the index of the next row a chunk takes; `held` is that row when the last chunk read it
 * and stopped before it (a chunk ends between a deal's product rows only).
 */
interface OpenReader { rows: AsyncGenerator<SheetRow>; next: number; held?: SheetRow }

/** A few imports at a time at most; the oldest is closed when a new one needs room. */
const MAX_OPEN = 4;
const open = new Map<string, OpenReader>();

/** A reader of the file positioned at row `index` (0-based, header rows included), reused when one is there. */
export async function readerAt(key: string, path: string, layout: TableLayout, index: number): Promise<OpenReader> {
  const kept = open.get(key);
  open.delete(key);
  if (kept && kept.next === index) return kept;
  if (kept) await kept.rows.return(undefined);
  const rows = readTable(path, layout);
  for (let skipped = 0; skipped < index; skipped++) if ((await rows.next()).done) break;
  return { rows, next: index };
}

/** Keeps the reader for the chunk that follows (after a chunk that committed its rows). */
export async function keepReader(key: string, reader: OpenReader): Promise<void> {
  open.set(key, reader);
  while (open.size > MAX_OPEN) {
    const [oldest, entry] = open.entries().next().value!;
    open.delete(oldest);
    await entry.rows.return(undefined);
  }
}

/** Closes a reader that is done with, or whose chunk failed. */
export async function closeReader(reader: OpenReader): Promise<void> {
  await reader.rows.return(undefined);
}
