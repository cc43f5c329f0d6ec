import { listZipEntries, readZipText, ZipError, type ZipEntry } from './zip-reader.js';
import { attr, XmlScanner } from './xml-scanner.js';

/**
 * What a workbook is made of, read from its small parts: the sheets (names and parts), the date
 * system (1900 or 1904), which cell styles show dates, and where the shared strings are.
 */

/** How a styled number shows: as a date, a date with time, a time of day, or as a number (null). */
export type DateKind = 'date' | 'datetime' | 'time' | null;

export interface SheetRef { name: string; part: string }

export interface Workbook {
  path: string;
  entries: Map<string, ZipEntry>;
  sheets: SheetRef[];
  date1904: boolean;
  /** By cell style index (`s`): how a number in that style shows. */
  styles: DateKind[];
  sharedStrings: ZipEntry | null;
}

/** Why an archive is no workbook: `not_xlsx` (another kind of ZIP) or `corrupt_zip`. */
export class WorkbookError extends Error {
  constructor(readonly reason: 'not_xlsx' | 'not_zip' | 'corrupt_zip', message: string) {
    super(message);
    this.name = 'WorkbookError';
  }
}

/** Every tag of a small part, in order. */
function tagsOf(xml: string): Array<{ name: string; attrs: string }> {
  const out: Array<{ name: string; attrs: string }> = [];
  new XmlScanner({ open: (name, attrs) => out.push({ name, attrs }), close: () => {}, text: () => {} }).push(xml);
  return out;
}

/** A relationship target as a part name: relative to the source part's folder, or absolute. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The relationships of a part: id → { type, target part }. */
async function relationsOf(path: string, entries: Map<string, ZipEntry>, part: string): Promise<Map<string, { type: string; target: string }>> {
  const folder = part.split('/').slice(0, -1).join('/');
  const relsName = `${folder ? `${folder}/` : ''}_rels/${part.split('/').pop()}.rels`;
  const entry = entries.get(relsName);
  const out = new Map<string, { type: string; target: string }>();
  if (!entry) return out;
  for (const t of tagsOf(await readZipText(path, entry))) {
    if (t.name !== 'Relationship') continue;
    const id = attr(t.attrs, 'Id');
    const target = attr(t.attrs, 'Target');
    if (id && target && attr(t.attrs, 'TargetMode') !== 'External') out.set(id, { type: attr(t.attrs, 'Type') ?? '', target: resolveTarget(part, target) });
  }
  return out;
}

const BUILT_IN_DATES: Record<number, DateKind> = {
  14: 'date', 15: 'date', 16: 'date', 17: 'date', 18: 'time', 19: 'time', 20: 'time', 21: 'time', 22: 'datetime',
  27: 'date', 28: 'date', 29: 'date', 30: 'date', 31: 'date', 32: 'time', 33: 'time', 34: 'time', 35: 'time', 36: 'date',
  45: 'time', 46: 'time', 47: 'time', 50: 'date', 51: 'date', 52: 'date', 53: 'date', 54: 'date', 55: 'date', 56: 'date', 57: 'date', 58: 'date',
};

/** Whether a number format code shows a date or time: its first section, quoted text, escapes and colours left out. */
export function dateKindOfFormat(code: string): DateKind {
  const first = code.split(';')[0] ?? '';
  const bare = first.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[(?![hms]+\])[^\]]*\]/gi, '').replace(/_.|\*./g, '').toLowerCase();
  const hasDate = /[yd]/.test(bare) || (/m/.test(bare) && !/[hs]/.test(bare));
  const hasTime = /[hs]/.test(bare);
  if (hasDate && hasTime) return 'datetime';
  if (hasDate) return 'date';
  if (hasTime) return 'time';
  return null;
}

/** The date kind of each cell style (`cellXfs`), from built-in format ids and custom `numFmt` codes. */
function stylesOf(xml: string): DateKind[] {
  const custom = new Map<number, DateKind>();
  const styles: DateKind[] = [];
  let inCellXfs = false;
  let depth = 0;
  new XmlScanner({
    open(name, attrs, selfClosing) {
      if (name === 'numFmt') custom.set(Number(attr(attrs, 'numFmtId')), dateKindOfFormat(attr(attrs, 'formatCode') ?? ''));
      else if (name === 'cellXfs') inCellXfs = !selfClosing;
      else if (name === 'xf' && inCellXfs && depth === 0) {
        const id = Number(attr(attrs, 'numFmtId') ?? 0);
        styles.push(custom.has(id) ? custom.get(id)! : (BUILT_IN_DATES[id] ?? null));
      }
      if (inCellXfs && name !== 'cellXfs' && !selfClosing) depth++;
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
      else if (inCellXfs && depth > 0) depth--;
    },
    text() {},
  }).push(xml);
  return styles;
}

/**
 * Opens the workbook at `path`: its sheets in the order the workbook lists them.
 * @throws WorkbookError not_zip (truncated, not a ZIP) | corrupt_zip | not_xlsx (a ZIP without a workbook, or with no sheet)
 */
export async function openWorkbook(path: string): Promise<Workbook> {
  try {
    const entries = listZipEntries(path);
    const root = await relationsOf(path, entries, '');
    const main = [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
    const workbookEntry = entries.get(main);
    if (!workbookEntry) throw new WorkbookError('not_xlsx', 'The archive is not an Excel workbook');
    const rels = await relationsOf(path, entries, main);
    let date1904 = false;
    const sheets: SheetRef[] = [];
    for (const t of tagsOf(await readZipText(path, workbookEntry))) {
      if (t.name === 'workbookPr') date1904 = ['1', 'true'].includes(attr(t.attrs, 'date1904') ?? '');
      if (t.name !== 'sheet') continue;
      const rel = rels.get(attr(t.attrs, 'id') ?? '');
      if (rel && rel.type.endsWith('/worksheet') && entries.has(rel.target)) sheets.push({ name: attr(t.attrs, 'name') ?? rel.target, part: rel.target });
    }
    if (sheets.length === 0) throw new WorkbookError('not_xlsx', 'The workbook has no worksheet');
    const partOf = (type: string, fallback: string) => [...rels.values()].find((r) => r.type.endsWith(type))?.target ?? fallback;
    const stylesEntry = entries.get(partOf('/styles', 'xl/styles.xml'));
    return {
      path, entries, sheets, date1904,
      styles: stylesEntry ? stylesOf(await readZipText(path, stylesEntry)) : [],
      sharedStrings: entries.get(partOf('/sharedStrings', 'xl/sharedStrings.xml')) ?? null,
    };
  } catch (err) {
    if (err instanceof ZipError) throw new WorkbookError(err.reason, err.message);
    throw err;
  }
}
