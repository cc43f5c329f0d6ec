/**
 * What a served record weighs toward the alarm (decision 0024, admin guide "The alarm"). A name or
 * title alone is 1 unit; every phone or email shown adds 2 (they are what a base is taken for);
 * a full card or history version adds 1 for the rest it shows (addresses, notes, custom fields).
 */
export const WEIGHTS = {
  /** A name or title. */
  name: 1,
  /** Each phone or email shown. */
  contactPoint: 2,
  /** What a card or a history version shows beyond a list row. */
  fullRecord: 1,
  /** A search hit's line under its title (a company, a phone or an email). */
  subtitle: 1,
} as const;

// Keys whose values are the contact points a shown record carries; arrays count per element.
const POINT_KEYS = ['phones', 'emails', 'phone', 'email'] as const;

/** The phones and emails a presented record shows (its `phones` / `emails` lists, or single `phone` / `email`); masked and hidden ones weigh nothing. */
export function contactPointsShown(shown: unknown): number {
  if (typeof shown !== 'object' || shown === null) return 0;
  let n = 0;
  for (const key of POINT_KEYS) {
    if (!Object.hasOwn(shown, key)) continue;
    const value = (shown as Record<string, unknown>)[key];
    // A masked phone or email (decision 0027) was not read.
    if (Array.isArray(value)) n += value.filter((v) => !(typeof v === 'object' && v !== null && (v as { masked?: unknown }).masked === true)).length;
    else if (typeof value === 'string' && value !== '') n += 1;
  }
  return n;
}

/** A list row or a timeline item: its name, plus its phones and emails. */
export function rowUnits(shown: unknown): number {
  return WEIGHTS.name + WEIGHTS.contactPoint * contactPointsShown(shown);
}

/** A card or a history version: a list row plus the rest of the record. */
export function fullUnits(shown: unknown): number {
  return rowUnits(shown) + WEIGHTS.fullRecord;
}

/** A search hit: its title, and its subtitle when it has one. */
export function hitUnits(hit: { subtitle?: string | null }): number {
  return WEIGHTS.name + (hit.subtitle ? WEIGHTS.subtitle : 0);
}

/** One exported row of a CSV layout: a name, plus 2 per phone or email column (each may hold several). */
export function exportRowUnits(headers: readonly string[]): number {
  const points = headers.filter((h) => /^(phones?|emails?)$/i.test(h)).length;
  return WEIGHTS.name + WEIGHTS.contactPoint * points + (headers.length > 3 ? WEIGHTS.fullRecord : 0);
}

/** The sum of `weigh` over rows. */
export function sumUnits<T>(rows: readonly T[], weigh: (row: T) => number): number {
  let n = 0;
  for (const row of rows) n += weigh(row);
  return n;
}
