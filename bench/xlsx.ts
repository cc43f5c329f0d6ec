/**
 * `npx tsx bench/xlsx.ts [--rows 1000000]`: the XLSX writer and reader at scale, with peak RSS.
 * Writes a contacts-like sheet through the streamed writer (what a records export does, without
 * the database), then a workbook of the same rows with every text in the shared strings table
 * (what Excel saves: the reader's worst case, one unique string per cell), and reads it back row
 * by row as an import does. Files live in a temporary directory removed at the end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { readSheetRows } from '../src/platform/xlsx/sheet-reader.js';
import { openWorkbook } from '../src/platform/xlsx/workbook.js';
import { xlsxStream, type XlsxCell } from '../src/platform/xlsx/xlsx-writer.js';
import { ZipWriter } from '../src/platform/xlsx/zip-writer.js';

const at = process.argv.indexOf('--rows');
const ROWS = at > 0 ? Number(process.argv[at + 1]) : 1_000_000;
const PAGE = 500;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-bench-xlsx-'));

let peak = 0;
const sample = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
// CPU time as well as wall time: on a shared machine the wall clock measures the neighbours.
const cpuSeconds = (since: NodeJS.CpuUsage) => { const u = process.cpuUsage(since); return (u.user + u.system) / 1e6; };

function contact(i: number): XlsxCell[] {
  return [`Контакт ${i} Иванов`, `+7916${String(i).padStart(7, '0')}`, `person${i}@example.com`, `2024-0${1 + (i % 9)}-1${i % 10}`, i * 10.5, 'vip; опт'];
}

async function* pages(): AsyncGenerator<XlsxCell[][]> {
  yield [['displayName', 'phones', 'emails', 'createdAt', 'amount', 'tags']];
  for (let from = 0; from < ROWS; from += PAGE) yield Array.from({ length: Math.min(PAGE, ROWS - from) }, (_, k) => contact(from + k));
}

/** A workbook whose texts are all in the shared strings table, streamed. */
async function* sharedStringBook(): AsyncGenerator<Buffer> {
  const zip = new ZipWriter();
  const xml = (s: string) => [Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${s}`)];
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  yield* zip.entry('_rels/.rels', xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`));
  yield* zip.entry('xl/workbook.xml', xml(`<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="S" sheetId="1" r:id="r1"/></sheets></workbook>`));
  yield* zip.entry('xl/_rels/workbook.xml.rels', xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="r2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`));
  yield* zip.entry('xl/sharedStrings.xml', (async function* () {
    yield Buffer.from(`<sst xmlns="${main}">`);
    for (let from = 0; from < ROWS; from += PAGE) {
      let s = '';
      for (let i = from; i < Math.min(ROWS, from + PAGE); i++) { const c = contact(i); s += `<si><t>${c[0]}</t></si><si><t>${c[2]}</t></si>`; }
      yield Buffer.from(s);
    }
    yield Buffer.from('</sst>');
  })());
  yield* zip.entry('xl/worksheets/sheet1.xml', (async function* () {
    yield Buffer.from(`<worksheet xmlns="${main}"><sheetData>`);
    for (let from = 0; from < ROWS; from += PAGE) {
      let s = '';
      for (let i = from; i < Math.min(ROWS, from + PAGE); i++) {
        const r = i + 1;
        s += `<row r="${r}"><c r="A${r}" t="s"><v>${2 * i}</v></c><c r="B${r}"><v>7916${String(i).padStart(7, '0')}</v></c><c r="C${r}" t="s"><v>${2 * i + 1}</v></c><c r="D${r}"><v>${i * 10.5}</v></c></row>`;
      }
      yield Buffer.from(s);
    }
    yield Buffer.from('</sheetData></worksheet>');
  })());
  yield zip.finish();
}

async function main(): Promise<void> {
  try {
    const exportFile = path.join(dir, 'export.xlsx');
    let t = performance.now();
    let cpu = process.cpuUsage();
    peak = 0;
    await pipeline(Readable.from(xlsxStream('contacts', pages(), { header: true, timeZone: 'Europe/Moscow' })), fs.createWriteStream(exportFile));
    let s = (performance.now() - t) / 1000;
    console.log(`write ${ROWS.toLocaleString('en-US')} rows: ${s.toFixed(1)} s (CPU ${cpuSeconds(cpu).toFixed(1)} s), ${Math.round(ROWS / s).toLocaleString('en-US')} rows/s, file ${mb(fs.statSync(exportFile).size)}, peak RSS ${mb(peak)}`);

    const sstFile = path.join(dir, 'shared.xlsx');
    await pipeline(Readable.from(sharedStringBook()), fs.createWriteStream(sstFile));
    for (const [name, file] of [['inline strings (our export)', exportFile], ['shared strings, all unique', sstFile]] as const) {
      t = performance.now();
      cpu = process.cpuUsage();
      peak = 0;
      let n = 0;
      for await (const row of readSheetRows(await openWorkbook(file), 0)) n += row.cells.length > 0 ? 1 : 0;
      s = (performance.now() - t) / 1000;
      console.log(`read ${name}: ${n.toLocaleString('en-US')} rows in ${s.toFixed(1)} s (CPU ${cpuSeconds(cpu).toFixed(1)} s), ${Math.round(n / s).toLocaleString('en-US')} rows/s, file ${mb(fs.statSync(file).size)}, peak RSS ${mb(peak)}`);
    }
  } finally {
    clearInterval(sample);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
