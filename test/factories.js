import { createWorkspace } from '../src/modules/workspaces/workspaces.service.js';
import { createUser, systemActor } from '../src/modules/users/users.service.js';
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
export const TEST_PASSWORD = 'correct-horse-battery';
/** Builders that create whatever a record needs; every test gets its own workspace. */
export function factories(db) {
    return {
        async workspace(overrides = {}) {
            return db.transaction().execute((trx) => createWorkspace(trx, { name: overrides.name ?? `Workspace ${unique()}`, locale: overrides.locale ?? 'en', timeZone: 'Europe/Sofia', defaultCountry: 'BG', defaultCurrency: 'EUR' }));
        },
        async user(overrides = {}) {
            const workspace = overrides.workspace ?? (await this.workspace());
            const password = overrides.password ?? TEST_PASSWORD;
            const user = await db.transaction().execute((trx) => createUser(trx, systemActor(workspace.id), {
                email: overrides.email ?? `user-${unique()}@example.test`,
                name: overrides.name ?? 'Test User',
                password,
                role: overrides.role ?? 'admin',
                locale: overrides.locale ?? 'en',
                timeZone: 'Europe/Sofia',
            }));
            return { ...user, password };
        },
    };
}
//# sourceMappingURL=factories.js.map