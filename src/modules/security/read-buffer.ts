import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import * as accessLog from './access-log.repository.js';
import * as readLog from './read-log.repository.js';
import type { ReadLogTable } from './read-log.table.js';

/**
 * The read bookkeeping of one process, written in batches (decision 0024, "Cost"). Writing each
 * request's read-log row and two counter bumps in a transaction of its own cost 0.3 ms on SQLite
 * and 1.8 ms on PostgreSQL (a synchronous commit) per list page or card: more than the read.
 * Reads are gathered here and written every FLUSH_MS (or at MAX_PENDING rows) in one
 * transaction; counter bumps of one user, minute and hour are added up before they are written.
 * A crash loses at most the last FLUSH_MS of read-log entries. The alarm's limits are checked on
 * the database's sums plus what is still pending here (read-alarm.service.ts).
 */
const FLUSH_MS = 250;
const MAX_PENDING = 500;
/** Past this (the database is away), the oldest entries are dropped and the loss is logged. */
const MAX_KEPT = 50_000;

interface Bump {
  workspace_id: string;
  user_id: string;
  kind: string;
  minute: string;
  hour: string;
  count: number;
}

/** Where a failed write is told (the app's logger once the server is up). */
interface ErrorLog {
  error(details: object, message: string): void;
}

const consoleLog: ErrorLog = { error: (details, message) => console.error(message, details) };

/** A card opened, counted once per user, card and hour (`access_views`) when it is written. */
export interface PendingView {
  workspace_id: string;
  user_id: string;
  entity_type: string;
  entity_id: string;
  minute: string;
  hour: string;
}

class ReadBuffer {
  log: ErrorLog = consoleLog;

  private rows: Insertable<ReadLogTable>[] = [];
  private bumps = new Map<string, Bump>();
  private views = new Map<string, PendingView>();
  /** What the flush under way is writing: still counted as pending until its commit is done. */
  private writing: { bumps: Bump[]; views: PendingView[] } = { bumps: [], views: [] };
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  /** After a failed write, no early flush before this time (ms): a database that is away is not hammered. */
  private backoffUntil = 0;

  constructor(private readonly db: Kysely<Database>) {}

  add(rows: Insertable<ReadLogTable>[], bump: Bump): void {
    this.rows.push(...rows);
    const key = `${bump.workspace_id}:${bump.user_id}:${bump.kind}:${bump.minute}`;
    const held = this.bumps.get(key);
    if (held) held.count += bump.count;
    else this.bumps.set(key, { ...bump });
    if (this.rows.length >= MAX_PENDING && !this.flushing && Date.now() >= this.backoffUntil) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS).unref();
  }

  /** Notes a card view; the caller makes sure a process adds a card once per user and hour. */
  addView(view: PendingView): void {
    this.views.set(`${view.workspace_id}:${view.user_id}:${view.hour}:${view.entity_id}`, view);
    if (this.views.size >= MAX_PENDING && !this.flushing && Date.now() >= this.backoffUntil) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS).unref();
  }

  /** Units of `kind` read by the user that are not in the database yet, in the hour and the day windows. */
  pendingUnits(workspaceId: string, userId: string, kind: string, window: { fromMinute: string; fromHour: string }): { hour: number; day: number } {
    const sums = { hour: 0, day: 0 };
    if (kind === 'view') {
      for (const v of [...this.views.values(), ...this.writing.views]) {
        if (v.user_id === userId && v.workspace_id === workspaceId && v.minute >= window.fromMinute) sums.hour += 1;
      }
    }
    for (const b of [...this.bumps.values(), ...this.writing.bumps]) {
      if (b.user_id !== userId || b.workspace_id !== workspaceId || b.kind !== kind) continue;
      if (b.minute >= window.fromMinute) sums.hour += b.count;
      if (b.hour >= window.fromHour) sums.day += b.count;
    }
    return sums;
  }

  /** Writes what is pending; resolves when everything added before the call is written (or failed). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.flushing) await this.flushing;
    if (this.rows.length === 0 && this.bumps.size === 0 && this.views.size === 0) return;
    const rows = this.rows;
    const bumps = [...this.bumps.values()];
    const views = [...this.views.values()];
    this.rows = [];
    this.bumps = new Map();
    this.views = new Map();
    this.writing = { bumps, views };
    this.flushing = this.write(rows, bumps, views).then(
      () => {
        this.backoffUntil = 0;
      },
      (error: unknown) => this.keep(rows, bumps, views, error),
    ).finally(() => {
      this.writing = { bumps: [], views: [] };
      this.flushing = null;
    });
    await this.flushing;
  }

  private async write(rows: Insertable<ReadLogTable>[], bumps: Bump[], views: PendingView[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await accessLog.relaxCommit(trx);
      // A card counts once per user and hour across processes: only a view that is new counts.
      const fresh = new Map<string, { workspace_id: string; user_id: string; minute: string; count: number }>();
      for (const v of views) {
        if (!(await accessLog.insertViewOnce(trx, { workspace_id: v.workspace_id, user_id: v.user_id, hour: v.hour, entity_type: v.entity_type, entity_id: v.entity_id }))) continue;
        const key = `${v.workspace_id}:${v.user_id}:${v.minute}`;
        const held = fresh.get(key);
        if (held) held.count += 1;
        else fresh.set(key, { workspace_id: v.workspace_id, user_id: v.user_id, minute: v.minute, count: 1 });
      }
      for (const f of fresh.values()) await accessLog.bumpCounter(trx, { ...f, kind: 'view' });
      for (const b of bumps) {
        await accessLog.bumpCounter(trx, { workspace_id: b.workspace_id, user_id: b.user_id, kind: b.kind, minute: b.minute, count: b.count });
        await readLog.bumpHourCounter(trx, { workspace_id: b.workspace_id, user_id: b.user_id, kind: b.kind, hour: b.hour, count: b.count });
      }
      // Parameters per statement are bounded on both databases: 200 rows of 12 columns.
      for (let i = 0; i < rows.length; i += 200) await readLog.insertReadLog(trx, rows.slice(i, i + 200));
    });
  }

  /** A failed write puts its entries back, to go with the next flush; beyond MAX_KEPT the oldest go. */
  private keep(rows: Insertable<ReadLogTable>[], bumps: Bump[], views: PendingView[], error: unknown): void {
    // A closed handle never comes back (the app closed its database): retrying would go on for ever.
    if (error instanceof Error && /driver has already been destroyed/.test(error.message)) {
      this.log.error({ rows: rows.length }, 'read log: the database handle is closed; the last entries are lost');
      return;
    }
    this.log.error({ err: error, rows: rows.length }, 'read log: writing a batch failed; it is kept for the next try');
    this.rows = [...rows, ...this.rows];
    for (const v of views) this.views.set(`${v.workspace_id}:${v.user_id}:${v.hour}:${v.entity_id}`, v);
    for (const b of bumps) {
      const key = `${b.workspace_id}:${b.user_id}:${b.kind}:${b.minute}`;
      const held = this.bumps.get(key);
      if (held) held.count += b.count;
      else this.bumps.set(key, b);
    }
    if (this.rows.length > MAX_KEPT) {
      const dropped = this.rows.length - MAX_KEPT;
      this.rows = this.rows.slice(dropped);
      this.log.error({ dropped }, 'read log: the database is away; the oldest entries were dropped');
    }
    this.backoffUntil = Date.now() + FLUSH_MS * 8;
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS * 8).unref();
  }
}

const buffers = new WeakMap<Kysely<Database>, ReadBuffer>();

/** The read buffer of a database handle (one per process and database). */
export function readBuffer(db: Kysely<Database>): ReadBuffer {
  let buffer = buffers.get(db);
  if (!buffer) {
    buffer = new ReadBuffer(db);
    buffers.set(db, buffer);
  }
  return buffer;
}

/** Flushes the buffer of `db` when the app closes, and tells its write failures to the app's log. */
export function attachReadBuffer(app: { log: ErrorLog; addHook(name: 'onClose', hook: () => Promise<void>): unknown }, db: Kysely<Database>): void {
  readBuffer(db).log = app.log;
  app.addHook('onClose', () => flushReads(db));
}

/** Writes the pending read bookkeeping now: before answering from the read log, and at shutdown. */
export function flushReads(db: Kysely<Database>): Promise<void> {
  return buffers.get(db)?.flush() ?? Promise.resolve();
}
