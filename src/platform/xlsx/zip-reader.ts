import fs from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import zlib from 'node:zlib';

/**
 * Reading a ZIP archive on disk without holding it: the central directory (at the end) says where
 * each entry is, and one entry streams through `inflateRaw` from its offset (decision 0033).
 * Sizes come from the central directory, so entries written with data descriptors read as well.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  offset: number;
  encrypted: boolean;
}

/** Why a file is no readable archive: `not_zip` (no end record: truncated or not a ZIP), `corrupt_zip`. */
export class ZipError extends Error {
  constructor(readonly reason: 'not_zip' | 'corrupt_zip', message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

/** The end-of-central-directory record: the last 22 bytes, or further back when a comment follows it. */
function findEnd(fd: number, size: number): { at: number; record: Buffer } {
  const tail = readAt(fd, Math.max(0, size - 22 - 0xffff), Math.min(size, 22 + 0xffff));
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) return { at: size - tail.length + i, record: tail.subarray(i) };
  }
  throw new ZipError('not_zip', 'The archive has no central directory (truncated, or not a ZIP)');
}

/** Where the central directory is and how many entries it has, ZIP64 included. */
function directoryOf(fd: number, size: number): { offset: number; length: number; count: number } {
  const { at, record } = findEnd(fd, size);
  let count = record.readUInt16LE(10);
  let length = record.readUInt32LE(12);
  let offset = record.readUInt32LE(16);
  if (offset === 0xffffffff || count === 0xffff) {
    const locator = readAt(fd, at - 20, 20);
    if (locator.length < 20 || locator.readUInt32LE(0) !== ZIP64_LOCATOR) throw new ZipError('corrupt_zip', 'A ZIP64 archive without its locator');
    const end64 = readAt(fd, Number(locator.readBigUInt64LE(8)), 56);
    if (end64.length < 56 || end64.readUInt32LE(0) !== ZIP64_EOCD) throw new ZipError('corrupt_zip', 'A ZIP64 archive without its end record');
    count = Number(end64.readBigUInt64LE(32));
    length = Number(end64.readBigUInt64LE(40));
    offset = Number(end64.readBigUInt64LE(48));
  }
  if (offset + length > at) throw new ZipError('corrupt_zip', 'The central directory points past the end of the archive');
  return { offset, length, count };
}

/** The 64-bit sizes and offset of an entry's ZIP64 extra field, where its 32-bit ones are saturated. */
function zip64Values(extra: Buffer, entry: ZipEntry): void {
  for (let i = 0; i + 4 <= extra.length;) {
    const id = extra.readUInt16LE(i);
    const len = extra.readUInt16LE(i + 2);
    if (id === 0x0001) {
      let p = i + 4;
      const next = () => { const v = Number(extra.readBigUInt64LE(p)); p += 8; return v; };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.offset === 0xffffffff) entry.offset = next();
      return;
    }
    i += 4 + len;
  }
}

/** The entries of the archive at `path`. @throws ZipError */
export function listZipEntries(path: string): Map<string, ZipEntry> {
  const fd = fs.openSync(path, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const dir = directoryOf(fd, size);
    // The directory of a workbook is small (a few hundred bytes an entry); a huge one is no workbook.
    if (dir.length > 64 * 1024 * 1024) throw new ZipError('corrupt_zip', 'The central directory is too large');
    const data = readAt(fd, dir.offset, dir.length);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (let i = 0; i < dir.count; i++) {
      if (p + 46 > data.length || data.readUInt32LE(p) !== CENTRAL) throw new ZipError('corrupt_zip', 'The central directory is damaged');
      const nameLength = data.readUInt16LE(p + 28);
      const extraLength = data.readUInt16LE(p + 30);
      const commentLength = data.readUInt16LE(p + 32);
      const entry: ZipEntry = {
        name: data.toString('utf8', p + 46, p + 46 + nameLength),
        method: data.readUInt16LE(p + 10),
        compressedSize: data.readUInt32LE(p + 20),
        size: data.readUInt32LE(p + 24),
        offset: data.readUInt32LE(p + 42),
        encrypted: (data.readUInt16LE(p + 8) & 1) === 1,
      };
      zip64Values(data.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
      if (entry.offset + entry.compressedSize > size) throw new ZipError('corrupt_zip', `The entry ${entry.name} runs past the end of the archive`);
      entries.set(entry.name, entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    fs.closeSync(fd);
  }
}

/** An entry's bytes, inflated, as a stream (the entry is never held whole). @throws ZipError */
export function openZipEntry(path: string, entry: ZipEntry): NodeJS.ReadableStream {
  if (entry.encrypted) throw new ZipError('corrupt_zip', `The entry ${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError('corrupt_zip', `The entry ${entry.name} uses compression method ${entry.method}`);
  const fd = fs.openSync(path, 'r');
  let start: number;
  try {
    const local = readAt(fd, entry.offset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw new ZipError('corrupt_zip', `The entry ${entry.name} has no local header`);
    start = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  } finally {
    fs.closeSync(fd);
  }
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = fs.createReadStream(path, { start, end: start + entry.compressedSize - 1, highWaterMark: 256 * 1024 });
  if (entry.method === 0) return raw;
  const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
  // pipeline, not pipe: a reader that stops early destroys the inflater, and with it the file stream (no descriptor left open).
  pipeline(raw, inflate, () => {});
  return inflate;
}

/** A small entry (workbook, styles, relations) read whole as text; refused above `limit` bytes. @throws ZipError */
export async function readZipText(path: string, entry: ZipEntry, limit = 32 * 1024 * 1024): Promise<string> {
  if (entry.size > limit) throw new ZipError('corrupt_zip', `The entry ${entry.name} is too large`);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of openZipEntry(path, entry)) {
      total += (chunk as Buffer).length;
      if (total > limit) throw new ZipError('corrupt_zip', `The entry ${entry.name} is too large`);
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    if (err instanceof ZipError) throw err;
    throw new ZipError('corrupt_zip', `The entry ${entry.name} cannot be inflated`);
  }
  return Buffer.concat(chunks).toString('utf8');
}
