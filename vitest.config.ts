import { defineConfig } from 'vitest/config';

/**
 * Test files that change process-wide registries: they register extra record or entity types (a
 * test-only "gadget" type, scratch entity types) or test a registry from empty (file referrers).
 * They run in a process of their own, so what they add never reaches another file and what other
 * files registered never reaches them.
 */
const OWN_PROCESS = ['test/record-type.test.ts', 'src/modules/users/transfer.routes.test.ts', 'src/platform/files/file-store.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-file.ts'],
    // Two cores: two workers keep PostgreSQL and argon2 from starving each other.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          // Each project names its own files: an inherited `include` would be added to, not replaced.
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: OWN_PROCESS,
          // The other files share a worker's loaded modules instead of importing the whole server
          // again for each file (about 1.5 s each, 3 of the suite's 7 minutes); every test builds
          // its own server and database, and module state that tests change is reset by them
          // (decision 0032).
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: OWN_PROCESS } },
    ],
  },
});
