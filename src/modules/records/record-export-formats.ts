import { csvCell } from '../audit/audit.csv.js';

/** The export's other formats, built from the same layout (headers and redacted cells) as the CSV. */

export const EXPORT_FORMATS = ['csv', 'vcard', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
type Cell = string | number | null | undefined;

/** One delimited line: `,` as RFC 4180, `;` as Russian and Bulgarian Excel expects; formula starts neutralised. */
export function delimitedRow(cells: ReadonlyArray<Cell>, delimiter: ',' | ';'): string {
  return `${cells.map((c) => {
    const text = csvCell(c);
    // csvCell quotes for commas; a `;` file must quote cells holding `;` instead (an unquoted csvCell output has no quotes).
    return delimiter === ';' && !text.startsWith('"') && text.includes(';') ? `"${text}"` : text;
  }).join(delimiter)}\r\n`;
}

const vcardText = (v: string) => v.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n').replace(/([,;])/g, '\\$1');

/** Folds a content line at 75 octets as RFC 6350 asks (continuations start with a space). */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  for (const ch of line) {
    if (Buffer.byteLength(current + ch) > 75) { out.push(current); current = ' '; }
    current += ch;
  }
  out.push(current);
  return out.join('\r\n');
}

/** One contact as a vCard 4.0, from the contact export's headers and cells. */
export function vcardOf(headers: readonly string[], cells: ReadonlyArray<Cell>): string {
  const get = (h: string) => {
    const i = headers.indexOf(h);
    const v = i < 0 ? null : cells[i];
    return v === null || v === undefined ? '' : String(v);
  };
  const list = (h: string) => get(h).split(/;\s*/).map((v) => v.trim()).filter((v) => v !== '');
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${vcardText(get('displayName'))}`, `N:${[get('lastName'), get('firstName'), get('middleName'), '', ''].map(vcardText).join(';')}`];
  for (const phone of list('phones')) lines.push(`TEL;VALUE=uri:tel:${phone.replace(/\s*ext\.\s*/, ';ext=')}`);
  for (const email of list('emails')) lines.push(`EMAIL:${vcardText(email)}`);
  const company = list('companies')[0];
  if (company) lines.push(`ORG:${vcardText(company)}`);
  if (get('position')) lines.push(`TITLE:${vcardText(get('position'))}`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(get('birthday'))) lines.push(`BDAY:${get('birthday').replace(/-/g, '')}`);
  if (get('notes')) lines.push(`NOTE:${vcardText(get('notes'))}`);
  if (get('tags')) lines.push(`CATEGORIES:${list('tags').map(vcardText).join(',')}`);
  if (get('id')) lines.push(`UID:urn:uuid:${get('id')}`);
  lines.push('END:VCARD');
  return lines.map(fold).join('\r\n') + '\r\n';
}
