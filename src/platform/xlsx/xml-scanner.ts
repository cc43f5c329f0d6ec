/**
 * A streaming scanner for the XML of spreadsheet parts: text goes in chunk by chunk, tags and text
 * come out to a handler. Only what SpreadsheetML uses: elements, attributes, text, CDATA, the five
 * entities and character references. Namespace prefixes are dropped (`x:row` is `row`); no DTD is
 * read, so no entity can expand.
 */

export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes entities and character references. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

const ATTR_RES = new Map<string, RegExp>();

/** One attribute's value from a tag's attribute text, decoded; null when absent. */
export function attr(attrs: string, name: string): string | null {
  // The common shape (` r="C7"`) by plain search; anything else (prefixes, single quotes, spaces around `=`) by a pattern.
  const plain = attrs.indexOf(` ${name}="`);
  if (plain >= 0) {
    const start = plain + name.length + 3;
    const end = attrs.indexOf('"', start);
    if (end >= 0) return decodeXml(attrs.slice(start, end));
  }
  if (!attrs.includes(name)) return null;
  let re = ATTR_RES.get(name);
  if (!re) ATTR_RES.set(name, (re = new RegExp(`(?:^|\\s)(?:[\\w-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const at = re.exec(attrs);
  return at ? decodeXml(at[1] ?? at[2] ?? '') : null;
}

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** Text held while a tag is still incomplete stops here: a tag larger than this is no spreadsheet. */
const MAX_PENDING = 16 * 1024 * 1024;

/** Where a comment, CDATA section, declaration or processing instruction ends, or -1 when cut. */
function specialEnd(text: string, lt: number): number {
  if (text.startsWith('<!--', lt)) { const e = text.indexOf('-->', lt + 4); return e < 0 ? -1 : e + 2; }
  if (text.startsWith('<![CDATA[', lt)) { const e = text.indexOf(']]>', lt + 9); return e < 0 ? -1 : e + 2; }
  if (text.startsWith('<?', lt)) { const e = text.indexOf('?>', lt + 2); return e < 0 ? -1 : e + 1; }
  // Too little of the chunk is left to tell a comment or CDATA from a declaration: wait for more.
  if (lt + 9 > text.length) return -1;
  return text.indexOf('>', lt);
}

export class XmlScanner {
  private pending = '';

  constructor(private readonly handler: XmlHandler) {}

  /** @throws Error on a tag that never ends within MAX_PENDING characters */
  push(chunk: string): void {
    const text = this.pending + chunk;
    let i = 0;
    const h = this.handler;
    for (;;) {
      const lt = text.indexOf('<', i);
      if (lt < 0) {
        // An entity the chunk cut in two waits for the rest.
        const amp = text.lastIndexOf('&');
        const stop = amp >= i && text.indexOf(';', amp) < 0 ? amp : text.length;
        if (stop > i) h.text(decodeXml(text.slice(i, stop)));
        i = stop;
        break;
      }
      if (lt > i) h.text(decodeXml(text.slice(i, lt)));
      i = lt;
      const end = this.tagEnd(text, lt);
      if (end < 0) break;
      this.tag(text, lt, end);
      i = end + 1;
    }
    this.pending = text.slice(i);
    if (this.pending.length > MAX_PENDING) throw new Error('An XML tag is too long');
  }

  /** Where the markup starting at `lt` ends (its `>`), or -1 when the chunk cut it. */
  private tagEnd(text: string, lt: number): number {
    const second = text.charCodeAt(lt + 1);
    if (second === 33 /* ! */ || second === 63 /* ? */) return specialEnd(text, lt);
    const gt = text.indexOf('>', lt);
    if (gt < 0) return -1;
    // A `>` inside a quoted attribute value does not end the tag: checked only when quotes come before it.
    let quotes = 0;
    let apostrophes = 0;
    for (let j = lt + 1; j < gt; j++) {
      const c = text.charCodeAt(j);
      if (c === 34) quotes++;
      else if (c === 39) apostrophes++;
    }
    if (quotes % 2 === 0 && apostrophes === 0) return gt;
    let quote = '';
    for (let j = lt + 1; j < text.length; j++) {
      const ch = text[j]!;
      if (quote) { if (ch === quote) quote = ''; }
      else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') return j;
    }
    return -1;
  }

  private tag(text: string, lt: number, end: number): void {
    const second = text[lt + 1];
    if (second === '!') {
      if (text.startsWith('<![CDATA[', lt)) this.handler.text(text.slice(lt + 9, end - 2));
      return;
    }
    if (second === '?') return;
    if (second === '/') { this.handler.close(localName(text.slice(lt + 2, end).trim())); return; }
    const selfClosing = text[end - 1] === '/';
    const body = text.slice(lt + 1, selfClosing ? end - 1 : end);
    const space = body.search(/\s/);
    const name = localName(space < 0 ? body : body.slice(0, space));
    this.handler.open(name, space < 0 ? '' : body.slice(space), selfClosing);
    if (selfClosing) this.handler.close(name);
  }
}
