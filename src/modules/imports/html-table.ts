import type { SheetRow } from './csv-parser.js';

/** The ".xls" some CRMs export: an HTML page with one table. Read whole (the upload limit bounds it). */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', mdash: '—', ndash: '–' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of a cell: line breaks for `<br>`, tags dropped, entities decoded, spaces collapsed. */
function cellText(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''))
    .split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).join('\n').trim();
}

/** The rows of the first table in the page; `colspan` repeats nothing (empty cells keep columns aligned). */
export function htmlTableRows(html: string): SheetRow[] {
  const rows: SheetRow[] = [];
  const table = /<table[\s\S]*?<\/table>/i.exec(html)?.[0] ?? html;
  const rowRe = /<tr[^>]*>([\s\S]*?)(?=<tr[\s>]|<\/table>|$)/gi;
  let m: RegExpExecArray | null;
  while ((m = rowRe.exec(table))) {
    const cells: string[] = [];
    const cellRe = /<t([dh])([^>]*)>([\s\S]*?)(?=<t[dh][\s>]|<\/tr>|$)/gi;
    let c: RegExpExecArray | null;
    while ((c = cellRe.exec(m[1]!))) {
      cells.push(cellText(c[3]!.replace(/<\/t[dh]>\s*$/i, '')));
      const span = /colspan\s*=\s*["']?(\d+)/i.exec(c[2]!);
      for (let i = 1; i < Math.min(Number(span?.[1] ?? 1), 100); i++) cells.push('');
    }
    if (cells.length > 0) rows.push({ line: rows.length + 1, cells });
  }
  return rows;
}
