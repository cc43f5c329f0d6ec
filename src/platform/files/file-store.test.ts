import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../db/database.js';
import { FileTooLargeError, filePath, openFile, registerFileReferrer, removeFileIfUnreferenced, storeFile } from './file-store.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-files-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const db = {} as Executor;
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const leftovers = () => fs.readdirSync(path.join(dataDir, 'files', 'tmp'));

async function read(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('file store', () => {
  it('stores a stream under its hash, once however often it is stored', async () => {
    const bytes = Buffer.from(`договор ${Math.random()}`.repeat(10_000));
    const chunks = Array.from({ length: 10 }, (_, i) => bytes.subarray(i * (bytes.length / 10), (i + 1) * (bytes.length / 10)));
    const first = await storeFile(dataDir, Readable.from(chunks));
    expect(first).toEqual({ sha256: sha(bytes), size: bytes.length, head: bytes.subarray(0, 16) });
    const target = filePath(dataDir, first.sha256);
    expect(target).toBe(path.join(dataDir, 'files', first.sha256.slice(0, 2), first.sha256.slice(2, 4), first.sha256));
    const second = await storeFile(dataDir, bytes);
    expect(second.sha256).toBe(first.sha256);
    expect(fs.readdirSync(path.dirname(target))).toEqual([first.sha256]);
    expect(leftovers()).toEqual([]);

    const opened = await openFile(dataDir, first.sha256);
    expect(opened?.size).toBe(bytes.length);
    expect((await read(opened!.stream)).equals(bytes)).toBe(true);
  });

  it('abandons content over the limit and leaves nothing behind', async () => {
    const big = Buffer.alloc(5000, 7);
    await expect(storeFile(dataDir, Readable.from([big.subarray(0, 3000), big.subarray(3000)]), { maxBytes: 4096 })).rejects.toBeInstanceOf(FileTooLargeError);
    expect(leftovers()).toEqual([]);
    expect(fs.existsSync(filePath(dataDir, sha(big)))).toBe(false);
    expect((await storeFile(dataDir, big.subarray(0, 4096), { maxBytes: 4096 })).size).toBe(4096);
  });

  it('reports a source that failed before the store got to it', async () => {
    const failing = new Readable({ read() {} });
    const stored = storeFile(dataDir, failing);
    failing.destroy(new Error('gone at once'));
    await expect(stored).rejects.toThrow('gone at once');
    expect(leftovers()).toEqual([]);
  });

  it('cleans up when the source fails half way', async () => {
    const failing = new Readable({ read() {} });
    const stored = storeFile(dataDir, failing);
    failing.push(Buffer.from('half a file'));
    setTimeout(() => failing.destroy(new Error('client went away')), 10);
    await expect(stored).rejects.toThrow('client went away');
    expect(leftovers()).toEqual([]);
  });

  it('refuses malformed hashes and reports missing files', async () => {
    expect(() => filePath(dataDir, '../../etc/passwd')).toThrow();
    expect(await openFile(dataDir, '../../../etc/passwd')).toBeUndefined();
    expect(await openFile(dataDir, 'a'.repeat(64))).toBeUndefined();
  });

  it('removes a file only when no module references it and it is not freshly stored', async () => {
    const kept = await storeFile(dataDir, Buffer.from(`kept ${Math.random()}`));
    const dropped = await storeFile(dataDir, Buffer.from(`dropped ${Math.random()}`));
    // Before any module says what it references, nothing is removed.
    expect(await removeFileIfUnreferenced(db, dataDir, dropped.sha256, { graceMs: 0 })).toBe(false);
    registerFileReferrer('test', async (_db, hash) => hash === kept.sha256);
    expect(await removeFileIfUnreferenced(db, dataDir, dropped.sha256)).toBe(false);
    expect(fs.existsSync(filePath(dataDir, dropped.sha256))).toBe(true);
    expect(await removeFileIfUnreferenced(db, dataDir, kept.sha256, { graceMs: 0 })).toBe(false);
    expect(await removeFileIfUnreferenced(db, dataDir, dropped.sha256, { graceMs: 0 })).toBe(true);
    expect(fs.existsSync(filePath(dataDir, dropped.sha256))).toBe(false);
    expect(fs.existsSync(filePath(dataDir, kept.sha256))).toBe(true);
    expect(await removeFileIfUnreferenced(db, dataDir, dropped.sha256, { graceMs: 0 })).toBe(false);
  });
});
