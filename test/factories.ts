import type { Kysely } from 'kysely';
import type { Database } from '../src/db/database.js';
import { createWorkspace, type Workspace } from '../src/modules/workspaces/workspaces.service.js';
import { createUser, systemActor, type User } from '../src/modules/users/users.service.js';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const TEST_PASSWORD = 'correct-horse-battery';

/** Builders that create whatever a record needs; every test gets its own workspace. */
export function factories(db: Kysely<Database>) {
  return {
    async workspace(overrides: Partial<{ name: string; locale: 'en' | 'ru' | 'bg' }> = {}): Promise<Workspace> {
      return db.transaction().execute((trx) =>
        createWorkspace(trx, { name: overrides.name ?? `Workspace ${unique()}`, locale: overrides.locale ?? 'en', timeZone: 'Europe/Sofia', defaultCountry: 'BG', defaultCurrency: 'EUR' }),
      );
    },
    async user(overrides: Partial<{ workspace: Workspace; role: string; email: string; name: string; password: string; locale: string }> = {}): Promise<User & { password: string }> {
      const workspace = overrides.workspace ?? (await this.workspace());
      const password = overrides.password ?? TEST_PASSWORD;
      const user = await db.transaction().execute((trx) =>
        createUser(trx, systemActor(workspace.id), {
          email: overrides.email ?? `user-${unique()}@example.test`,
          name: overrides.name ?? 'Test User',
          password,
          role: overrides.role ?? 'admin',
          locale: overrides.locale ?? 'en',
          timeZone: 'Europe/Sofia',
        }),
      );
      return { ...user, password };
    },
  };
}
