/** Operators of a list filter `{ field, op, value }` (columns and custom fields alike). */
export const FILTER_OPS = ['eq', 'neq', 'contains', 'gt', 'gte', 'lt', 'lte', 'in', 'empty', 'notEmpty'] as const;
export type FilterOp = (typeof FILTER_OPS)[number];

/** Whether a string is one of the filter operators. */
export function isFilterOp(value: unknown): value is FilterOp {
  return typeof value === 'string' && (FILTER_OPS as readonly string[]).includes(value);
}

/** At most this many values in an `in` filter. */
export const MAX_IN_VALUES = 100;
