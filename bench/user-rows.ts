/** Rows for the users table made from generated people, identical for the Kysely path and its floor. */
import type { Insertable } from 'kysely';
import type { UsersTable } from '../src/modules/users/users.table.js';
import type { DemoGenerator } from '../src/platform/demo/generator.js';

export type UserRow = Insertable<UsersTable> & { id: string };

export const USER_COLUMNS = [
  'id', 'workspace_id', 'email', 'name', 'password_hash', 'role', 'department_id', 'locale', 'time_zone', 'is_active',
  'failed_sign_ins', 'locked_until', 'last_sign_in_at', 'created_at', 'updated_at', 'deleted_at', 'version',
] as const;

const AT = '2026-11-23T12:00:00.000Z';

/** Row i's id: UUIDv7-shaped and increasing with i, like ids made by the app. */
export function benchUserId(i: number): string {
  return `019ab0c0-0000-7000-8000-${i.toString(16).padStart(12, '0')}`;
}

/** User number i of the benchmark table; the email carries i so it stays unique at any size. */
export function benchUserRow(generator: DemoGenerator, workspaceId: string, i: number): UserRow {
  const p = generator.personAt(i);
  return {
    id: benchUserId(i),
    workspace_id: workspaceId,
    email: p.email.replace('@', `.${i}@`),
    name: p.displayName,
    password_hash: null,
    role: 'manager',
    department_id: null,
    locale: p.locale,
    time_zone: p.timeZone,
    is_active: 1,
    failed_sign_ins: 0,
    locked_until: null,
    last_sign_in_at: null,
    created_at: AT,
    updated_at: AT,
    deleted_at: null,
    version: 1,
  };
}

/** The row's values in USER_COLUMNS order, for positional parameters of the bare drivers. */
export function userValues(row: UserRow): unknown[] {
  return USER_COLUMNS.map((c) => row[c] ?? null);
}
