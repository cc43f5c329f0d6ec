/** The state of a record list (filters, sort) and its translation into API parameters and saved views. */

export const FILTER_OPS = ['eq', 'neq', 'contains', 'gt', 'gte', 'lt', 'lte', 'in', 'empty', 'notEmpty'] as const;
export type FilterOp = (typeof FILTER_OPS)[number];

/** One `{ field, op, value }` condition on a custom field (`field` is `custom.<key>`), value as the API wants it. */
export interface FieldFilter {
  field: string;
  op: FilterOp;
  value?: unknown;
}

export interface ListFilters {
  q: string;
  /** The type's own list parameters (`status` on contacts), each a set of values. */
  params: Record<string, string[]>;
  ownerIds: string[];
  tags: string[];
  /** Created in the last N days. */
  createdWithin: 7 | 30 | null;
  /** No timeline entry for 30 days. */
  noActivity: boolean;
  custom: FieldFilter[];
  /** Conditions given in the address (`?filter=`, a figure's drill-down), on any field the list's filter accepts; not kept in saved views. */
  link?: FieldFilter[];
}

export interface ListSort {
  field: string;
  direction: 'asc' | 'desc';
}

export interface SavedViewDefinition {
  columns: string[];
  filters: FieldFilter[];
  sort: ListSort;
}

export const EMPTY_FILTERS: ListFilters = { q: '', params: {}, ownerIds: [], tags: [], createdWithin: null, noActivity: false, custom: [] };
export const DEFAULT_SORT: ListSort = { field: 'name', direction: 'asc' };
const NO_ACTIVITY_DAYS = 30;

/** Whether any filter narrows the list (so an empty answer means "nothing matches", not "no records yet"). */
export function isFiltered(filters: ListFilters): boolean {
  return (
    filters.q.trim() !== '' ||
    Object.values(filters.params).some((values) => values.length > 0) ||
    filters.ownerIds.length > 0 ||
    filters.tags.length > 0 ||
    filters.createdWithin !== null ||
    filters.noActivity ||
    filters.custom.some(isCompleteFilter) ||
    (filters.link?.length ?? 0) > 0
  );
}

/** A custom-field condition the API can apply: a field, and a value unless the operator needs none. */
export function isCompleteFilter(filter: FieldFilter): boolean {
  if (!filter.field) return false;
  if (filter.op === 'empty' || filter.op === 'notEmpty') return true;
  const { value } = filter;
  if (value === undefined || value === null || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}

/** The list's filters and sort as the API's query parameters (the same shape for every record type). */
export type ListQueryParams = Record<string, string | undefined>;

// The parameters every record list takes; a saved view's other fields are the type's own.
const SHARED_FIELDS = new Set(['q', 'ownerId', 'tag', 'createdWithinDays', 'noActivityDays']);
// A plain camelCase name: never `__proto__` or another name that would reach the object's prototype.
const PARAM_NAME = /^[a-z][A-Za-z0-9]*$/;

/** Query parameters of the list (without cursor and limit); computed when the request is made, so "last 7 days" is fresh. */
export function listParams(filters: ListFilters, sort: ListSort, now: Date = new Date()): ListQueryParams {
  const params: ListQueryParams = {};
  if (filters.q.trim()) params.q = filters.q.trim();
  for (const [name, values] of Object.entries(filters.params)) if (values.length) params[name] = values.join(',');
  if (filters.ownerIds.length) params.ownerId = filters.ownerIds.join(',');
  if (filters.tags.length) params.tag = filters.tags.join(',');
  if (filters.createdWithin) params.createdFrom = new Date(now.getTime() - filters.createdWithin * 86_400_000).toISOString();
  if (filters.noActivity) params.noActivityDays = String(NO_ACTIVITY_DAYS);
  const custom = filters.custom.filter(isCompleteFilter).map(({ field, op, value }) => (op === 'empty' || op === 'notEmpty' ? { field, op } : { field, op, value }));
  const conditions: FieldFilter[] = [...custom, ...(filters.link ?? [])];
  if (conditions.length) params.filter = JSON.stringify(conditions);
  params.sort = `${sort.direction === 'desc' ? '-' : ''}${sort.field}`;
  return params;
}

/** The filters as a saved view stores them: one `{ field, op, value }` per condition. */
export function toDefinition(filters: ListFilters, sort: ListSort, columns: string[]): SavedViewDefinition {
  const out: FieldFilter[] = [];
  if (filters.q.trim()) out.push({ field: 'q', op: 'contains', value: filters.q.trim() });
  for (const [name, values] of Object.entries(filters.params)) if (values.length) out.push({ field: name, op: 'in', value: values });
  if (filters.ownerIds.length) out.push({ field: 'ownerId', op: 'in', value: filters.ownerIds });
  if (filters.tags.length) out.push({ field: 'tag', op: 'in', value: filters.tags });
  if (filters.createdWithin) out.push({ field: 'createdWithinDays', op: 'lte', value: filters.createdWithin });
  if (filters.noActivity) out.push({ field: 'noActivityDays', op: 'gte', value: NO_ACTIVITY_DAYS });
  out.push(...filters.custom.filter(isCompleteFilter).map(({ field, op, value }) => (op === 'empty' || op === 'notEmpty' ? { field, op } : { field, op, value })));
  return { columns, filters: out, sort };
}

const MAX_LINK_FILTERS = 20;

/** Conditions from a `?filter=` in the address: a JSON array of `{ field, op, value }`; anything else is ignored. */
export function parseLinkFilter(text: string | null): FieldFilter[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((f): f is FieldFilter => !!f && typeof f === 'object' && typeof f.field === 'string' && (FILTER_OPS as readonly string[]).includes(f.op))
      .slice(0, MAX_LINK_FILTERS)
      .map(({ field, op, value }) => (value === undefined ? { field, op } : { field, op, value }));
  } catch {
    return [];
  }
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A saved view's definition back into list state; anything unknown is ignored. */
export function fromDefinition(definition: Partial<SavedViewDefinition> | null | undefined): { filters: ListFilters; sort: ListSort; columns: string[] | null } {
  const filters: ListFilters = { ...EMPTY_FILTERS, params: {}, custom: [] };
  for (const filter of definition?.filters ?? []) {
    if (!filter || typeof filter.field !== 'string') continue;
    if (filter.field === 'q' && typeof filter.value === 'string') filters.q = filter.value;
    else if (filter.field === 'ownerId') filters.ownerIds = strings(filter.value);
    else if (filter.field === 'tag') filters.tags = strings(filter.value);
    else if (filter.field === 'createdWithinDays') filters.createdWithin = filter.value === 7 ? 7 : 30;
    else if (filter.field === 'noActivityDays') filters.noActivity = true;
    else if (filter.field.startsWith('custom.') && (FILTER_OPS as readonly string[]).includes(filter.op)) filters.custom.push(filter);
    else if (!SHARED_FIELDS.has(filter.field) && PARAM_NAME.test(filter.field) && filter.op === 'in') filters.params[filter.field] = strings(filter.value);
  }
  const sort = definition?.sort && typeof definition.sort.field === 'string' ? { field: definition.sort.field, direction: definition.sort.direction === 'desc' ? 'desc' as const : 'asc' as const } : DEFAULT_SORT;
  const columns = Array.isArray(definition?.columns) ? strings(definition.columns) : null;
  return { filters, sort, columns };
}
