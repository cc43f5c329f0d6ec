import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeReader, keepReader, readerAt } from './open-readers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-readers-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'rows.csv');
fs.writeFileSync(file, ['name', ...Array.from({ length: 10 }, (_, i) => `row ${i}`)].join('\n'));
const layout = { format: 'csv' as const, encoding: 'utf-8' as const, delimiter: ',' };

async function take(reader: Awaited<ReturnType<typeof readerAt>>, n: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const next = await reader.rows.next();
    if (next.done) break;
    reader.next++;
    out.push(next.value.cells[0]!);
  }
  return out;
}

describe('import file readers kept between chunks', () => {
  it('continues where the last chunk stopped, and reopens at the cursor when asked for another row', async () => {
    const first = await readerAt('imp', file, layout, 1);
    expect(await take(first, 3)).toEqual(['row 0', 'row 1', 'row 2']);
    await keepReader('imp', first);
    const second = await readerAt('imp', file, layout, 4);
    expect(second).toBe(first);
    expect(await take(second, 2)).toEqual(['row 3', 'row 4']);
    await keepReader('imp', second);
    // A retried chunk (its rows rolled back) starts again from the committed cursor.
    const retried = await readerAt('imp', file, layout, 4);
    expect(retried).not.toBe(first);
    expect(await take(retried, 20)).toEqual(['row 3', 'row 4', 'row 5', 'row 6', 'row 7', 'row 8', 'row 9']);
    await closeReader(retried);
  });
});
