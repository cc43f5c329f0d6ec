import { z } from 'zod';

/** A UUID in any version (ids are UUIDv7 made by the app). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** An id field; a malformed one is refused (`invalid_id`) before it reaches a PostgreSQL `uuid` column. */
export const uuidSchema = z.string().regex(UUID_PATTERN, 'invalid_id');

/** `/:id` path parameters. */
export const idParams = z.strictObject({ id: uuidSchema });
