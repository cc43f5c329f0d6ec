import iconv from 'iconv-lite';
import type { SheetRow } from './csv-parser.js';

/** vCard 3.0 and 4.0 read as a table: one row per card, a fixed set of columns. */

export const VCARD_HEADERS = ['FN', 'N:family', 'N:given', 'N:middle', 'TEL', 'EMAIL', 'ORG', 'TITLE', 'NOTE', 'BDAY', 'ADR', 'CATEGORIES', 'URL', 'UID'] as const;
const COLUMN = new Map<string, number>(VCARD_HEADERS.map((h, i) => [h, i]));

/** The text of a value: escapes undone, quoted-printable decoded in its charset. */
function valueOf(raw: string, params: string[]): string {
  const upper = params.map((p) => p.toUpperCase());
  let value = raw;
  if (upper.some((p) => p === 'ENCODING=QUOTED-PRINTABLE' || p === 'QUOTED-PRINTABLE')) {
    const charset = upper.find((p) => p.startsWith('CHARSET='))?.slice(8) ?? 'UTF-8';
    const bytes: number[] = [];
    const text = value.replace(/=\r?\n/g, '');
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) { bytes.push(parseInt(text.slice(i + 1, i + 3), 16)); i += 2; }
      else bytes.push(...Buffer.from(text[i]!, 'utf8'));
    }
    value = iconv.encodingExists(charset) ? iconv.decode(Buffer.from(bytes), charset) : Buffer.from(bytes).toString('utf8');
  }
  return value;
}

const unescape = (v: string) => v.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1').trim();
/** Splits on `sep` not preceded by a backslash. */
const splitUnescaped = (v: string, sep: string) => v.split(new RegExp(`(?<!\\\\)${sep}`));

export class VcardParser {
  private pending: string | null = null;
  private card: string[][] | null = null;
  private cardLine = 0;
  private broken = false;
  private line = 0;
  private rest = '';

  /** The cards this chunk of text completed. */
  push(text: string): SheetRow[] {
    const out: SheetRow[] = [];
    const lines = (this.rest + text).split(/\r?\n/);
    this.rest = lines.pop() ?? '';
    for (const l of lines) this.takeLine(l, out);
    return out;
  }

  end(): SheetRow[] {
    const out: SheetRow[] = [];
    if (this.rest !== '') this.takeLine(this.rest, out);
    this.rest = '';
    this.flushPending(out);
    if (this.card) out.push({ line: this.cardLine, cells: this.cells(), error: 'unclosed_card' });
    this.card = null;
    return out;
  }

  private takeLine(l: string, out: SheetRow[]): void {
    this.line++;
    if ((l.startsWith(' ') || l.startsWith('\t')) && this.pending !== null) { this.pending += l.slice(1); return; }
    // A quoted-printable soft break joins the next line.
    if (this.pending !== null && this.pending.endsWith('=') && /QUOTED-PRINTABLE/i.test(this.pending.split(':')[0] ?? '')) { this.pending += '\n' + l; return; }
    this.flushPending(out);
    this.pending = l;
  }

  private flushPending(out: SheetRow[]): void {
    const l = this.pending;
    this.pending = null;
    if (l === null || l.trim() === '') return;
    const colon = l.indexOf(':');
    if (colon < 0) { if (this.card) this.broken = true; return; }
    const [nameWithGroup, ...params] = l.slice(0, colon).split(';');
    const name = (nameWithGroup ?? '').replace(/^[^.]*\./, '').toUpperCase();
    const raw = l.slice(colon + 1);
    if (name === 'BEGIN' && raw.trim().toUpperCase() === 'VCARD') {
      this.card = VCARD_HEADERS.map(() => []);
      this.cardLine = this.line;
      this.broken = false;
      return;
    }
    if (!this.card) return;
    if (name === 'END') {
      out.push({ line: this.cardLine, cells: this.cells(), ...(this.broken ? { error: 'broken_line' } : {}) });
      this.card = null;
      return;
    }
    const value = valueOf(raw, params);
    if (name === 'N') {
      const [family, given, middle] = splitUnescaped(value, ';').map(unescape);
      this.add('N:family', family);
      this.add('N:given', given);
      this.add('N:middle', middle);
    } else if (name === 'ADR') {
      const parts = splitUnescaped(value, ';').map(unescape).filter((p) => p !== '');
      this.add('ADR', parts.join(', '));
    } else if (name === 'ORG') {
      this.add('ORG', splitUnescaped(value, ';').map(unescape)[0]);
    } else if (name === 'CATEGORIES') {
      for (const c of splitUnescaped(value, ',')) this.add('CATEGORIES', unescape(c));
    } else if (COLUMN.has(name)) {
      this.add(name, unescape(name === 'TEL' ? value.replace(/^tel:/i, '') : value));
    }
  }

  private add(column: string, value: string | undefined): void {
    if (value) this.card![COLUMN.get(column)!]!.push(value);
  }

  private cells(): string[] {
    return (this.card ?? []).map((values) => values.join(', '));
  }
}
