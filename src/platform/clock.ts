/**
 * Times are stored in UTC as ISO-8601 strings with milliseconds (`2026-11-23T16:08:17.123Z`) on
 * both databases: TEXT in SQLite (sorts lexically in time order) and `timestamptz` in PostgreSQL,
 * read back as the same ISO string by the pg type parser set up in db/connect.ts.
 */
export type Iso = string;

let frozen: Date | null = null;

/** The current time as stored in the database. */
export function now(): Iso {
  return (frozen ?? new Date()).toISOString();
}

export function nowMs(): number {
  return (frozen ?? new Date()).getTime();
}

/** Converts any Date or date string to the stored representation. */
export function toIso(value: Date | string | number): Iso {
  return new Date(value).toISOString();
}

/** Shifts a stored time by milliseconds. */
export function addMs(iso: Iso, ms: number): Iso {
  return new Date(new Date(iso).getTime() + ms).toISOString();
}

/** Tests freeze time to make expiry and lockout deterministic; `null` unfreezes. */
export function freezeClock(at: Date | null): void {
  frozen = at;
}
