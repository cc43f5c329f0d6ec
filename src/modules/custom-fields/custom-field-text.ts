/** Custom field values as plain text: for the search document and for CSV export. */
import type { CustomFieldDef, MoneyValue } from './custom-field-def.js';

const SEARCHED_TYPES = new Set(['text', 'long_text', 'url', 'email', 'phone', 'select', 'multi_select']);

function optionLabel(def: CustomFieldDef, key: unknown): string {
  return def.options.find((o) => o.key === key)?.label ?? String(key);
}

/**
 * Texts of a record's custom values that the global search should find: text, long text, URL,
 * e-mail, phone values as stored, and the labels of chosen select options. Retired fields are
 * left out when `defs` are the active ones.
 */
export function customSearchTexts(defs: CustomFieldDef[], custom: Record<string, unknown>): string[] {
  const texts: string[] = [];
  for (const def of defs) {
    if (!SEARCHED_TYPES.has(def.type)) continue;
    const value = custom[def.key];
    if (def.type === 'select' && typeof value === 'string') texts.push(optionLabel(def, value));
    else if (def.type === 'multi_select' && Array.isArray(value)) texts.push(...value.map((v) => optionLabel(def, v)));
    else if (typeof value === 'string' && value !== '') texts.push(value);
  }
  return texts;
}

/** Minor units of a currency (ISO 4217 exponent), 2 when unknown. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** `{ amount: 1234, currency: 'EUR' }` → `12.34 EUR` (a dot, no grouping: safe for spreadsheets). */
export function moneyText(money: MoneyValue): string {
  const digits = currencyDigits(money.currency);
  const sign = money.amount < 0 ? '-' : '';
  const abs = Math.abs(money.amount);
  if (digits === 0) return `${sign}${abs} ${money.currency}`;
  const scale = 10 ** digits;
  const whole = Math.floor(abs / scale);
  const fraction = String(abs % scale).padStart(digits, '0');
  return `${sign}${whole}.${fraction} ${money.currency}`;
}

/**
 * One custom value as a CSV cell: option labels (multi-select joined with `; `), money as
 * `12.34 EUR`, checkboxes `1`/`0` (missing = `0`), other values as stored; missing is empty.
 */
export function customCsvValue(def: CustomFieldDef, value: unknown): string {
  if (def.type === 'checkbox') return value === true ? '1' : '0';
  if (value === undefined || value === null) return '';
  switch (def.type) {
    case 'select':
      return optionLabel(def, value);
    case 'multi_select':
      return Array.isArray(value) ? value.map((v) => optionLabel(def, v)).join('; ') : String(value);
    case 'money': {
      const money = value as Partial<MoneyValue>;
      return typeof money.amount === 'number' && typeof money.currency === 'string' ? moneyText(money as MoneyValue) : JSON.stringify(value);
    }
    default:
      return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value);
  }
}
