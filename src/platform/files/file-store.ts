import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform, finished } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Executor } from '../../db/database.js';

/**
 * The content-addressed file store: every file lives once at `<DATA_DIR>/files/<aa>/<bb>/<sha256>`
 * however many records attach it. Files are written to a temporary name, flushed to disk and then
 * renamed into place, so a reader never sees half a file and a crash leaves only a temporary to sweep.
 */

const SHA256 = /^[0-9a-f]{64}$/;
/** How many leading bytes `storeFile` hands back for type sniffing. */
const HEAD_BYTES = 16;
/** A file stored or re-stored this recently is never removed: an upload of the same bytes may be about to reference it. */
const DEFAULT_GRACE_MS = 10 * 60 * 1000;

export interface StoredFile {
  sha256: string;
  size: number;
  /** The first bytes of the content (up to 16), for sniffing executables. */
  head: Buffer;
}

/** The content went over the limit; nothing was kept. */
export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than ${maxBytes} bytes`);
    this.name = 'FileTooLargeError';
  }
}

/** Where a file with this hash lives. @throws Error for anything but a lower-case SHA-256 hex digest */
export function filePath(dataDir: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error(`not a SHA-256 digest: ${sha256}`);
  return path.join(dataDir, 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

function tempDir(dataDir: string): string {
  return path.join(dataDir, 'files', 'tmp');
}

/**
 * Streams content into the store, hashing it on the way; the same bytes stored twice end up as one
 * file. Over `maxBytes` the stream is abandoned and the partial file removed.
 * @throws FileTooLargeError | the source stream's error (a client that went away)
 */
export async function storeFile(dataDir: string, source: Readable | Uint8Array, options: { maxBytes?: number } = {}): Promise<StoredFile> {
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (options.maxBytes !== undefined && size > options.maxBytes) return callback(new FileTooLargeError(options.maxBytes));
      if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  // Seen by the pipeline below; this listener only keeps an early failure from going unhandled meanwhile.
  meter.on('error', () => undefined);
  const input = source instanceof Readable ? source : Readable.from([Buffer.from(source)]);
  // Not pipeline(input, ...): on an error it destroys its source, and destroying an HTTP request
  // kills the socket before the 413 can be sent. Piped, the request is merely left unread.
  // Wired before the first await, so a source that fails early is noticed.
  finished(input, (err) => err && meter.destroy(err));
  input.pipe(meter);
  const tmp = path.join(tempDir(dataDir), `${randomUUID()}.part`);
  try {
    await fs.promises.mkdir(tempDir(dataDir), { recursive: true });
    // `flush`: durable before it gets its final name, so a crash after the database commit cannot leave a truncated file.
    await pipeline(meter, fs.createWriteStream(tmp, { flags: 'wx', flush: true }));
  } catch (err) {
    input.unpipe(meter);
    await fs.promises.rm(tmp, { force: true });
    throw err;
  }
  const sha256 = hash.digest('hex');
  const target = filePath(dataDir, sha256);
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  // Renaming over an existing copy is atomic and refreshes its time, which keeps it from the removal below.
  await fs.promises.rename(tmp, target);
  return { sha256, size, head };
}

/** A stored file as a stream with its size, or undefined when it is not on disk (or the hash is malformed). */
export async function openFile(dataDir: string, sha256: string): Promise<{ stream: fs.ReadStream; size: number } | undefined> {
  if (!SHA256.test(sha256)) return undefined;
  const file = filePath(dataDir, sha256);
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const { size } = await handle.stat();
  return { stream: handle.createReadStream(), size };
}

/** Whether some row of a module still points at the content (soft-deleted rows count: they can come back). */
export type FileReferrer = (db: Executor, sha256: string) => Promise<boolean>;

const referrers = new Map<string, FileReferrer>();

/** Called once by each module that keeps file hashes (attachments, later avatars, mail...). */
export function registerFileReferrer(name: string, referrer: FileReferrer): void {
  referrers.set(name, referrer);
}

/**
 * Deletes a stored file when no registered module references it any more and it was not stored
 * within the grace period (an upload of the same bytes may not have committed its row yet).
 * @returns whether the file was removed
 */
export async function removeFileIfUnreferenced(db: Executor, dataDir: string, sha256: string, options: { graceMs?: number } = {}): Promise<boolean> {
  // With nobody to ask, nothing is known to be unreferenced.
  if (!SHA256.test(sha256) || referrers.size === 0) return false;
  for (const referrer of referrers.values()) if (await referrer(db, sha256)) return false;
  const file = filePath(dataDir, sha256);
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
  if (Date.now() - stat.mtimeMs < (options.graceMs ?? DEFAULT_GRACE_MS)) return false;
  await fs.promises.rm(file, { force: true });
  return true;
}

/**
 * Deletes temporary files older than `olderThanMs`: what an upload left behind when the process
 * died mid-way (a live upload keeps writing, so its file stays young).
 * @returns how many were removed
 */
export async function sweepTempFiles(dataDir: string, olderThanMs: number): Promise<number> {
  let names: string[];
  try {
    names = await fs.promises.readdir(tempDir(dataDir));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw err;
  }
  let removed = 0;
  for (const name of names) {
    const file = path.join(tempDir(dataDir), name);
    const stat = await fs.promises.stat(file).catch(() => undefined);
    if (stat?.isFile() && Date.now() - stat.mtimeMs > olderThanMs) {
      await fs.promises.rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
