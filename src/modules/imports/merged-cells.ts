import { columnIndex } from '../../platform/xlsx/sheet-reader.js';

/**
 * Merged cells of a workbook, said per row: Excel keeps a merged range's value in its top-left
 * cell only, so the other cells of the range read empty. The wizard says so instead of importing
 * blanks silently.
 */

export interface RowNote { column: number; code: string; message: string }

interface Range { top: number; left: number; bottom: number; right: number; first: string }

const MESSAGE: [en: string, ru: string, bg: string] = [
  'Merged with {cell}: the value is in {cell} only, this cell reads empty',
  'Объединена с {cell}: значение только в {cell}, эта ячейка читается пустой',
  'Обединена с {cell}: стойността е само в {cell}, тази клетка се чете празна',
];

function parseRange(ref: string): Range | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const left = columnIndex(m[1]!);
  const top = Number(m[2]);
  return { left, top, right: m[3] ? columnIndex(m[3]) : left, bottom: m[4] ? Number(m[4]) : top, first: `${m[1]!.toUpperCase()}${m[2]}` };
}

/** The notes of the sheet row `line` (1-based): one per cell a merged range left empty. */
export function mergedCellNotes(merged: readonly string[], line: number, locale = 'en'): RowNote[] {
  const text = MESSAGE[locale.startsWith('ru') ? 1 : locale.startsWith('bg') ? 2 : 0];
  const notes: RowNote[] = [];
  for (const ref of merged) {
    const range = parseRange(ref);
    if (!range || line < range.top || line > range.bottom) continue;
    for (let column = range.left; column <= Math.min(range.right, range.left + 100); column++) {
      if (line === range.top && column === range.left) continue;
      notes.push({ column, code: 'merged_cell', message: text.replaceAll('{cell}', range.first) });
    }
  }
  return notes;
}
