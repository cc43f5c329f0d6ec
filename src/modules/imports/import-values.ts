/** Reading the values other systems write: dates, amounts, names, lists. */

/** `2024-12-31`, `31.12.2024`, `31.12.2024 18:05:00`, `12/31/2024`, `2024-12-31T18:05:00Z` as `YYYY-MM-DD`, or null. */
export function parseDay(text: string): string | null {
  const v = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(v);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s.*)?$/.exec(v))) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s.*)?$/.exec(v))) [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * An amount as a decimal string: `1 234 567,89 ₽` → `1234567.89`, `$1,234.50` → `1234.50`,
 * `1.234,50 €` → `1234.50`; null when it is no number. The last `,` or `.` followed by one or two
 * digits is the decimal mark; the others group thousands.
 */
export function parseAmount(text: string): string | null {
  const v = text.replace(/[\s\u00a0\u202f']/g, '').replace(/[^\d.,-]/g, '');
  if (!/\d/.test(v)) return null;
  const negative = v.startsWith('-');
  const body = v.replace(/-/g, '');
  const m = /^(.*?)[.,](\d{1,2})$/.exec(body);
  const whole = (m ? m[1]! : body).replace(/[.,]/g, '');
  if (!/^\d*$/.test(whole)) return null;
  const out = m ? `${whole || '0'}.${m[2]}` : whole;
  return negative ? `-${out}` : out;
}

const CYRILLIC = /[\u0400-\u04FF]/;

/**
 * A full name split like the contact form does: Cyrillic "Фамилия Имя Отчество" (three words) or
 * "Фамилия Имя" (two), Latin "First Middle Last" or "First Last"; one word is the first name.
 */
export function splitFullName(full: string): { firstName: string | null; middleName: string | null; lastName: string | null } {
  const words = full.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return { firstName: null, middleName: null, lastName: null };
  if (words.length === 1) return { firstName: words[0]!, middleName: null, lastName: null };
  if (CYRILLIC.test(full)) {
    const [last, first, ...rest] = words;
    return { lastName: last!, firstName: first!, middleName: rest.length > 0 ? rest.join(' ') : null };
  }
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const middle = words.slice(1, -1).join(' ');
  return { firstName: first, middleName: middle || null, lastName: last };
}

/** The values of a multi-value cell: split on `,` `;` and line breaks. */
export function splitList(text: string): string[] {
  return text.split(/[,;\n]+/).map((v) => v.trim()).filter((v) => v !== '');
}

/** Phones in one cell: split on `;`, `,` and line breaks (never on spaces, which numbers contain). */
export function splitPhones(text: string): string[] {
  return splitList(text);
}

/** Formula injection: a cell starting with `= + - @` (or a tab/CR) is read as a formula by spreadsheets. */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
