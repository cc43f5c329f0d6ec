/**
 * JSON columns are TEXT in SQLite and `jsonb` in PostgreSQL. Writes always send text (PostgreSQL
 * casts it); reads get a string from SQLite and a parsed value from pg, so every read goes here.
 */
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

export function fromJson<T = unknown>(value: unknown): T {
  if (typeof value === 'string') return JSON.parse(value) as T;
  return value as T;
}
