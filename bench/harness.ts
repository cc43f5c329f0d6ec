/**
 * A small benchmark harness. Every benchmark measures an operation and its floor (the same work
 * done with the bare driver or a bare server) in the same run, interleaved, so a busy or slow
 * machine moves both and the ratio between them stays meaningful.
 */

export interface Stats {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** Sum of all samples, ms. */
  total: number;
}

/** Percentiles of samples in milliseconds (nearest-rank). */
export function stats(samplesMs: readonly number[]): Stats {
  const sorted = Float64Array.from(samplesMs).sort();
  const rank = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  let total = 0;
  for (const x of sorted) total += x;
  return { count: sorted.length, p50: rank(0.5), p95: rank(0.95), p99: rank(0.99), mean: total / sorted.length, max: sorted[sorted.length - 1] ?? NaN, total };
}

/** Milliseconds taken by one call of `fn`. */
export async function timeOnce(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface PairedOptions {
  /** Untimed rounds of both sides first: JIT, prepared statements, caches. */
  warmup: number;
  iterations: number;
  /** Iteration i of the operation under test. */
  op: (i: number) => unknown;
  /** Iteration i of the floor: the same work with the bare driver. */
  floor: (i: number) => unknown;
  /** Untimed preparation before iteration i of both sides (input data made outside the clock). */
  before?: (i: number) => unknown;
}

/** Runs op and floor alternately (op i, floor i, op i+1, ...) and returns each one's timings in ms. */
export async function paired(options: PairedOptions): Promise<{ op: number[]; floor: number[] }> {
  for (let i = 0; i < options.warmup; i++) {
    await options.before?.(-1 - i);
    await options.op(-1 - i);
    await options.floor(-1 - i);
  }
  const op: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < options.iterations; i++) {
    await options.before?.(i);
    // Alternate which side goes first so neither always runs on a cache the other just warmed.
    if (i % 2 === 0) {
      op.push(await timeOnce(() => options.op(i)));
      floor.push(await timeOnce(() => options.floor(i)));
    } else {
      floor.push(await timeOnce(() => options.floor(i)));
      op.push(await timeOnce(() => options.op(i)));
    }
  }
  return { op, floor };
}

export interface Result {
  operation: string;
  dialect: string;
  size: string;
  op: Stats;
  floor: Stats | null;
  /** Throughput of the operation and of its floor, e.g. rows/s or requests/s. */
  rate?: { op: number; floor: number | null; unit: string };
  note?: string;
}

function ms(x: number | undefined): string {
  if (x === undefined || Number.isNaN(x)) return '—';
  if (x >= 100) return `${x.toFixed(0)} ms`;
  if (x >= 1) return `${x.toFixed(2)} ms`;
  return `${(x * 1000).toFixed(0)} µs`;
}

function count(x: number | null | undefined): string {
  if (x === null || x === undefined) return '—';
  return Math.round(x).toLocaleString('en-US');
}

/** The results as a Markdown table (what docs/PERFORMANCE.md shows). */
export function formatTable(results: readonly Result[]): string {
  const head = ['operation', 'dialect', 'data size', 'p50', 'p95', 'p99', 'max', 'floor p50', 'floor p95', 'ratio p95', 'rate', 'floor rate'];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const r of results) {
    const ratio = r.floor ? `${(r.op.p95 / r.floor.p95).toFixed(1)}×` : '—';
    const unit = r.rate ? ` ${r.rate.unit}` : '';
    lines.push(`| ${[
      r.operation, r.dialect, r.size, ms(r.op.p50), ms(r.op.p95), ms(r.op.p99), ms(r.op.max), ms(r.floor?.p50), ms(r.floor?.p95), ratio,
      r.rate ? `${count(r.rate.op)}${unit}` : '—', r.rate?.floor ? `${count(r.rate.floor)}${unit}` : '—',
    ].join(' | ')} |`);
  }
  return lines.join('\n');
}
