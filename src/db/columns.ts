import type { ColumnType, Generated } from 'kysely';

/**
 * Column types the table files share. A leaf: table files import it, and database.ts imports the
 * table files, so the aggregate never sits in a cycle with its parts.
 */

/** JSON column: written as text, read as string (SQLite) or parsed value (pg). */
export type JsonColumn = ColumnType<unknown, string, string>;
export type { Generated };
