import { foldForSearch } from './translit.js';

/**
 * The order a person's name is written in (decision 0038): "Surname First Patronymic" as Russian
 * and Bulgarian business users write it, or "First Middle Surname" as English does.
 */
export const NAME_ORDERS = ['surname_first', 'first_surname'] as const;
export type NameOrder = (typeof NAME_ORDERS)[number];

/** The parts of a person's name; any may be missing. */
export interface NameParts {
  firstName?: string | null;
  middleName?: string | null;
  lastName?: string | null;
}

const present = (p: string | null | undefined): p is string => typeof p === 'string' && p.trim() !== '';

/** The order a workspace uses when it has not chosen one: surname first in Russian and Bulgarian. */
export function defaultNameOrder(locale: string): NameOrder {
  return locale === 'ru' || locale === 'bg' ? 'surname_first' : 'first_surname';
}

/** The workspace's order: its own choice, else the default of its language. */
export function effectiveNameOrder(chosen: NameOrder | null | undefined, locale: string): NameOrder {
  return chosen ?? defaultNameOrder(locale);
}

/** The name made of its parts in `order`; empty when there are none. */
export function composeName(parts: NameParts, order: NameOrder): string {
  const { firstName, middleName, lastName } = parts;
  const list = order === 'surname_first' ? [lastName, firstName, middleName] : [firstName, middleName, lastName];
  return list.filter(present).map((p) => p.trim()).join(' ');
}

/** The order a display name was composed in from its parts, or null when it was typed by hand. */
export function composedOrder(display: string | null | undefined, parts: NameParts): NameOrder | null {
  if (!present(display)) return null;
  // The default order first: a one-part name reads the same in both.
  for (const order of ['first_surname', 'surname_first'] as const) if (composeName(parts, order) === display) return order;
  return null;
}

/**
 * What a person sorts by (`sort_name`): the folded surname, then the first name and the middle
 * name, whatever order the name is shown in; the display name when there is no surname.
 */
export function personSortName(parts: NameParts, display: string): string {
  return foldForSearch(present(parts.lastName) ? composeName(parts, 'surname_first') : display);
}

/**
 * The background job that writes composed display names again in a workspace's name order after
 * it changed (the workspace settings queue it; the client base registers its handler).
 */
export const NAME_ORDER_JOB = 'names.reorder';

/** One queued or running rewrite per workspace. */
export function nameOrderJobKey(workspaceId: string): string {
  return `${NAME_ORDER_JOB}:${workspaceId}`;
}
