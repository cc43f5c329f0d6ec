import { headerKey } from './header-aliases.js';
import type { RowError } from './import-rows.js';
import { amountOf, currencyInAmount, parseCurrency, parseDirection, parseDone, parseDuration, parseMoment, parseQuantity } from './import-sales-values.js';
import { parseDay } from './import-values.js';

/**
 * The deal and activity part of a row's plan: what can be read from the cells alone. Names of
 * pipelines, stages, kinds, products and linked records are kept as written, for
 * `import-refs.ts` to find in the workspace when the row is previewed or written.
 */

export type Moment = NonNullable<ReturnType<typeof parseMoment>>;
export type DealStatus = 'open' | 'won' | 'lost';

export interface SalesRefs {
  pipeline?: string;
  stage?: string;
  status?: DealStatus;
  lostReason?: string;
  contact?: string;
  company?: string;
  deal?: string;
  kind?: string;
  product?: string;
  quantity?: number;
  /** Decimal strings, turned into minor units once the currency is known. */
  price?: string;
  amount?: string;
  currency?: string;
  due?: Moment;
  ends?: Moment;
}

/** Status words of deal files (Pipedrive's `won`, amoCRM's "Успешно реализовано", Salesforce's "Closed Won"...), folded. */
const STATUS_WORDS: Record<DealStatus, string[]> = {
  open: ['open', 'opened', 'in progress', 'active', 'открыта', 'открыто', 'в работе', 'активна', 'отворена', 'в процес'],
  won: ['won', 'closed won', 'win', 'success', 'successful', 'выиграна', 'выиграно', 'успешно', 'успешно реализовано', 'сделка успешна', 'успешна', 'спечелена', 'спечелено'],
  lost: ['lost', 'closed lost', 'lose', 'failed', 'проиграна', 'проиграно', 'закрыто и не реализовано', 'сделка провалена', 'провалена', 'отказ', 'загубена', 'загубено'],
};
const STATUS_BY_WORD = new Map(Object.entries(STATUS_WORDS).flatMap(([status, words]) => words.map((w) => [headerKey(w), status as DealStatus])));

/** A deal status a cell (a status column, or a stage column naming a closing stage) says, or null. */
export function statusOfWord(text: string): DealStatus | null {
  return STATUS_BY_WORD.get(headerKey(text)) ?? null;
}

type Cell = (field: string) => string | null;
type Fail = (field: string, code: string) => void;

/** Reads a mapped cell with `parse`: the preview shows it as written, `set` takes what it means, and one that means nothing is the row error `code`. */
function reader(one: Cell, values: Record<string, unknown>, fail: Fail) {
  return <T>(field: string, parse: (text: string) => T | null, code: string, set: (value: T) => void): void => {
    const text = one(field);
    if (text === null) return;
    values[field] = text;
    const value = parse(text);
    if (value === null) fail(field, code);
    else set(value);
  };
}

const positive = (decimal: string | null) => (decimal === null || decimal.startsWith('-') ? null : decimal);

function planDeal(one: Cell, input: Record<string, unknown>, values: Record<string, unknown>, refs: SalesRefs, fail: Fail): void {
  const read = reader(one, values, fail);
  for (const key of ['pipeline', 'stage', 'lostReason', 'contact', 'company', 'product'] as const) {
    const v = one(key);
    if (v !== null) refs[key] = values[key] = v;
  }
  read('status', statusOfWord, 'invalid_status', (s) => (refs.status = s));
  read('currency', parseCurrency, 'invalid_currency', (code) => (refs.currency = values.currency = code));
  read('amount', (text) => positive(amountOf(text)), 'invalid_amount', (decimal) => {
    refs.amount = values.amount = decimal;
    const named = currencyInAmount(one('amount')!);
    if (named && !refs.currency) refs.currency = values.currency = named;
  });
  read('price', (text) => positive(amountOf(text)), 'invalid_amount', (decimal) => (refs.price = values.price = decimal));
  read('quantity', parseQuantity, 'invalid_quantity', (q) => (refs.quantity = values.quantity = q));
  read('closeDate', parseDay, 'invalid_date', (day) => (input.expectedClose = values.closeDate = day));
  if (input.notes !== undefined) {
    input.comment = input.notes;
    delete input.notes;
  }
}

function planActivity(one: Cell, input: Record<string, unknown>, values: Record<string, unknown>, refs: SalesRefs, fail: Fail): void {
  const read = reader(one, values, fail);
  for (const key of ['kind', 'contact', 'company', 'deal'] as const) {
    const v = one(key);
    if (v !== null) refs[key] = values[key] = v;
  }
  read('status', parseDone, 'invalid_status', (done) => (input.status = done ? 'done' : 'planned'));
  read('dueAt', parseMoment, 'invalid_date', (moment) => (refs.due = moment));
  read('endsAt', parseMoment, 'invalid_date', (moment) => (refs.ends = moment));
  read('duration', (text) => { const seconds = parseDuration(text); return seconds !== null && seconds <= 86_400 * 7 ? seconds : null; }, 'invalid_duration', (seconds) => (input.durationSeconds = values.duration = seconds));
  read('direction', parseDirection, 'invalid_direction', (d) => (input.direction = values.direction = d));
  const result = one('result');
  if (result !== null) input.result = values.result = result;
  if (input.notes !== undefined) {
    input.body = input.notes;
    delete input.notes;
  }
  delete input.source;
  delete input.tags;
}

/** Reads a deal or activity row's own cells into its input and references; problems become row errors. */
export function planSalesRow(entity: 'deals' | 'activities', one: Cell, input: Record<string, unknown>, values: Record<string, unknown>, error: (field: string, code: string) => RowError, errors: RowError[]): SalesRefs {
  const refs: SalesRefs = {};
  const fail: Fail = (field, code) => void errors.push(error(field, code));
  const title = one('title');
  if (title !== null) input.title = values.title = title;
  else fail('title', 'required');
  if (entity === 'deals') planDeal(one, input, values, refs, fail);
  else planActivity(one, input, values, refs, fail);
  return refs;
}
