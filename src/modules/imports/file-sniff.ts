import iconv from 'iconv-lite';

/** Recognizing an uploaded file from its first bytes: its format and its text encoding. */

export type ImportFormat = 'csv' | 'xlsx' | 'xls-html' | 'vcard';
export const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1251', 'koi8-r', 'iso-8859-1'] as const;
export type ImportEncoding = (typeof ENCODINGS)[number];
export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** How many bytes of the file the sniffers look at. */
export const SNIFF_BYTES = 64 * 1024;

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);

/** The encoding from a byte-order mark, or null. */
function bomEncoding(head: Uint8Array): ImportEncoding | null {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return 'utf-8-bom';
  if (startsWith(head, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(head, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

/** Whether the bytes are UTF-8, forgiving a sequence cut at the end of the sample. */
function isUtf8(head: Uint8Array): boolean {
  let end = head.length;
  // Step back over a multi-byte sequence the sample cut in two.
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const b = head[end - i]!;
    if (b >= 0xc0) { end -= i; break; }
    if (b < 0x80) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding of a text file's first bytes: a byte-order mark; else valid UTF-8; else a
 * single-byte code page. Russian text is mostly lowercase: Windows-1251 puts lowercase Cyrillic at
 * 0xE0-0xFF, KOI8-R at 0xC0-0xDF; bytes mostly outside 0xC0-0xFF point to ISO-8859-1.
 */
export function detectEncoding(head: Uint8Array): ImportEncoding {
  const bom = bomEncoding(head);
  if (bom) return bom;
  if (isUtf8(head)) return 'utf-8';
  let high = 0;
  let upper = 0;
  let lower = 0;
  for (const b of head) {
    if (b < 0x80) continue;
    high++;
    if (b >= 0xe0) upper++;
    else if (b >= 0xc0) lower++;
  }
  if (high === 0 || (upper + lower) / high < 0.6) return 'iso-8859-1';
  return upper >= lower ? 'windows-1251' : 'koi8-r';
}

/** Whether the bytes look like a program, an image or an archive rather than text (NULs, control characters). */
function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > head.length / 100;
}

/**
 * The format of an upload from its first bytes (never its name), or null when it is no table at
 * all: a binary file (whatever it is called), a legacy binary Excel workbook, a PDF...
 */
export function detectFormat(head: Uint8Array, _fileName: string): ImportFormat | null {
  // Any ZIP is read as a workbook whatever its name; one that holds none is refused when opened.
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'xlsx';
  const bom = bomEncoding(head);
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    const text = decodeHead(head, bom);
    return formatOfText(text);
  }
  if (looksBinary(head)) return null;
  return formatOfText(decodeHead(head, detectEncoding(head)));
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/**
 * What an OLE compound file is: a password-protected XLSX (Office keeps the encrypted workbook in
 * a compound file with an `EncryptedPackage` stream), a legacy binary workbook, or no compound
 * file at all (null). The stream's name is looked for in the first bytes, else the name decides.
 */
export function compoundFileKind(head: Uint8Array, fileName: string): 'encrypted' | 'legacy' | null {
  if (!startsWith(head, CFB)) return null;
  return Buffer.from(head).includes(ENCRYPTED_PACKAGE) || /\.(xlsx|xlsm)$/i.test(fileName) ? 'encrypted' : 'legacy';
}

function formatOfText(text: string): ImportFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 2000).toLowerCase();
  if (start.startsWith('begin:vcard')) return 'vcard';
  if (/^(<!doctype html|<html|<table|<\?xml[^>]*>\s*<html|<meta)/.test(start) || (start.startsWith('<') && start.includes('<table'))) return 'xls-html';
  return 'csv';
}

/** The name iconv-lite knows an encoding by. */
export function iconvLabel(encoding: ImportEncoding): string {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}

/** The sample decoded (for sniffing only; the readers decode the stream). */
export function decodeHead(head: Uint8Array, encoding: ImportEncoding): string {
  return iconv.decode(Buffer.from(head), iconvLabel(encoding)).replace(/^\uFEFF/, '');
}

/**
 * The delimiter of a CSV sample: among `, ; \t |`, the one found the same number of times (more
 * than zero) on most of the first lines, outside quotes.
 */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 20);
  if (lines.length > 1) lines.pop(); // the last line of a sample may be cut
  let best = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, d));
    const freq = new Map<number, number>();
    for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
    let score = 0;
    let width = 0;
    for (const [c, n] of freq) if (n > score || (n === score && c > width)) [score, width] = [n, c];
    const total = score * 1000 + width;
    if (score > 0 && total > bestScore) [best, bestScore] = [d, total];
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let quoted = false;
  let n = 0;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}
