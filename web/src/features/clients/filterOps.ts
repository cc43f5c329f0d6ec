import type { FilterOp } from './listQuery';

const TEXT: FilterOp[] = ['contains', 'eq', 'neq', 'empty', 'notEmpty'];
const ORDERED: FilterOp[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'empty', 'notEmpty'];

/** The operators that make sense for a custom field type. */
export function opsForType(type: string): FilterOp[] {
  switch (type) {
    case 'number':
    case 'money':
    case 'date':
    case 'datetime':
      return ORDERED;
    case 'select':
      return ['eq', 'neq', 'in', 'empty', 'notEmpty'];
    case 'multi_select':
      return ['contains', 'empty', 'notEmpty'];
    case 'checkbox':
      return ['eq'];
    case 'user':
      return ['eq', 'neq', 'empty', 'notEmpty'];
    default:
      return TEXT;
  }
}

/** Digits after the decimal point in a currency (2 for EUR, 0 for JPY). */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}
