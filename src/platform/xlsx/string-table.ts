import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XmlScanner } from './xml-scanner.js';

/**
 * A workbook's shared strings, looked up by index while the sheet streams. Held in memory up to
 * MEMORY_CHARS; a larger table spills to a temporary file read back through a small block cache,
 * so memory stays bounded whatever the file holds. Excel writes the table in the order strings first
 * appear in the sheet, so reading rows in order reads the file mostly forward and the cache hits.
 */

const MEMORY_CHARS = 4 * 1024 * 1024;
const BLOCK = 64 * 1024;
const CACHED_BLOCKS = 64;

/** `_x000D_` and friends: characters OOXML escapes inside strings. */
export function decodeOoxmlEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

export class StringTable {
  private strings: string[] = [];
  private chars = 0;
  private dir: string | null = null;
  private fd: number | null = null;
  private offsets = new Float64Array(1024);
  private count = 0;
  private written = 0;
  private out: Buffer[] = [];
  private outBytes = 0;
  private cache = new Map<number, Buffer>();

  get size(): number {
    return this.fd === null ? this.strings.length : this.count;
  }

  add(text: string): void {
    if (this.fd === null) {
      this.strings.push(text);
      this.chars += text.length;
      if (this.chars > MEMORY_CHARS) this.spill();
      return;
    }
    this.append(text);
  }

  /** The string at `index`, or '' when the sheet names one the table does not have. */
  get(index: number): string {
    if (!(index >= 0 && index < this.size)) return '';
    if (this.fd === null) return this.strings[index]!;
    const start = this.offsets[index]!;
    const end = index + 1 < this.count ? this.offsets[index + 1]! : this.written;
    return this.read(start, end - start);
  }

  /** Removes the temporary file, if any. */
  close(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
    this.fd = null;
    this.dir = null;
    this.strings = [];
    this.cache.clear();
  }

  private spill(): void {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kartoteka-strings-'));
    this.fd = fs.openSync(path.join(this.dir, 'strings'), 'w+');
    const held = this.strings;
    this.strings = [];
    for (const text of held) this.append(text);
  }

  private append(text: string): void {
    if (this.count === this.offsets.length) {
      const grown = new Float64Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    const bytes = Buffer.from(text, 'utf8');
    this.offsets[this.count++] = this.written + this.outBytes;
    this.out.push(bytes);
    this.outBytes += bytes.length;
    if (this.outBytes >= 1024 * 1024) this.flush();
  }

  /** Writes what is buffered; called before any read so reads see every string. */
  private flush(): void {
    if (this.outBytes === 0 || this.fd === null) return;
    fs.writeSync(this.fd, Buffer.concat(this.out), 0, this.outBytes, this.written);
    this.written += this.outBytes;
    this.out = [];
    this.outBytes = 0;
  }

  private read(start: number, length: number): string {
    this.flush();
    const block = Math.floor(start / BLOCK);
    if (Math.floor((start + length - 1) / BLOCK) !== block || length === 0) {
      const buffer = Buffer.alloc(length);
      if (length > 0) fs.readSync(this.fd!, buffer, 0, length, start);
      return buffer.toString('utf8');
    }
    let data = this.cache.get(block);
    if (data) {
      this.cache.delete(block);
    } else {
      data = Buffer.alloc(BLOCK);
      const n = fs.readSync(this.fd!, data, 0, BLOCK, block * BLOCK);
      data = data.subarray(0, n);
      if (this.cache.size >= CACHED_BLOCKS) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(block, data);
    const at = start - block * BLOCK;
    return data.toString('utf8', at, at + length);
  }
}

/**
 * Reads `sharedStrings.xml` from its text stream: each `<si>` is one string, its `<t>` runs joined
 * (rich text), phonetic runs (`<rPh>`) left out.
 */
export async function loadStringTable(text: AsyncIterable<string>): Promise<StringTable> {
  const table = new StringTable();
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  let chars = 0;
  const scanner = new XmlScanner({
    open(name, _attrs, selfClosing) {
      if (name === 'si') { current = []; chars = 0; }
      else if (name === 'rPh') phonetic += selfClosing ? 0 : 1;
      else if (name === 't' && !selfClosing) inText = phonetic === 0;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 'si' && current) { table.add(decodeOoxmlEscapes(current.join(''))); current = null; }
    },
    text(t) {
      // One string stops at a million characters, as a cell does.
      if (inText && current && (chars += t.length) <= 1_000_000) current.push(t);
    },
  });
  try {
    for await (const chunk of text) scanner.push(chunk);
  } catch (err) {
    table.close();
    throw err;
  }
  return table;
}
