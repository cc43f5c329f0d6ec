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

function planDeal(one: Cell, input: Record<string, unknown>, values: Record<string, unknown>, refs: SalesRefs, fail: Fail): void {
  const title = one('title');
  if (title !== null) input.title = values.title = title;
  else fail('title', 'required');
  for (const key of ['pipeline', 'stage', 'lostReason', 'contact', 'company', 'product'] as const) {
    const v = one(key);
    if (v !== null) refs[key] = values[key] = v;
  }
  const status = one('status');
  if (status !== null) {
    values.status = status;
    const s = statusOfWord(status);
    if (s) refs.status = s;
    else fail('status', 'invalid_status');
  }
  const currency = one('currency');
  if (currency !== null) {
    const code = parseCurrency(currency);
    if (code) refs.currency = values.currency = code;
    else fail('currency', 'invalid_currency');
  }
  const amount = one('amount');
  if (amount !== null) {
    const decimal = amountOf(amount);
    if (decimal === null || decimal.startsWith('-')) fail('amount', 'invalid_amount');
    else {
      refs.amount = values.amount = decimal;
      const named = currencyInAmount(amount);
      if (named && !refs.currency) refs.currency = values.currency = named;
    }
  }
  const price = one('price');
  if (price !== null) {
    const decimal = amountOf(price);
    if (decimal === null || decimal.startsWith('-')) fail('price', 'invalid_amount');
    else refs.price = values.price = decimal;
  }
  const quantity = one('quantity');
  if (quantity !== null) {
    const q = parseQuantity(quantity);
    if (q === null) fail('quantity', 'invalid_quantity');
    else refs.quantity = values.quantity = q;
  }
  const close = one('closeDate');
  if (close !== null) {
    const day = parseDay(close);
    if (day) input.expectedClose = values.closeDate = day;
    else fail('closeDate', 'invalid_date');
  }
  if (input.notes !== undefined) {
    input.comment = input.notes;
    delete input.notes;
  }
}

function planActivity(one: Cell, input: Record<string, unknown>, values: Record<string, unknown>, refs: SalesRefs, fail: Fail): void {
  const title = one('title');
  if (title !== null) input.title = values.title = title;
  else fail('title', 'required');
  for (const key of ['kind', 'contact', 'company', 'deal'] as const) {
    const v = one(key);
    if (v !== null) refs[key] = values[key] = v;
  }
  const status = one('status');
  if (status !== null) {
    const done = parseDone(status);
    values.status = status;
    if (done === null) fail('status', 'invalid_status');
    else input.status = done ? 'done' : 'planned';
  }
  for (const [field, key] of [['dueAt', 'due'], ['endsAt', 'ends']] as const) {
    const cell = one(field);
    if (cell === null) continue;
    const moment = parseMoment(cell);
    values[field] = cell;
    if (moment) refs[key] = moment;
    else fail(field, 'invalid_date');
  }
  const duration = one('duration');
  if (duration !== null) {
    const seconds = parseDuration(duration);
    if (seconds === null || seconds > 86_400 * 7) fail('duration', 'invalid_duration');
    else input.durationSeconds = values.duration = seconds;
  }
  const direction = one('direction');
  if (direction !== null) {
    const d = parseDirection(direction);
    if (d) input.direction = values.direction = d;
    else fail('direction', 'invalid_direction');
  }
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
  if (entity === 'deals') planDeal(one, input, values, refs, fail);
  else planActivity(one, input, values, refs, fail);
  return refs;
}
