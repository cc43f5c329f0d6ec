import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Test files that change process-wide registries: they register extra record or entity types (a
 * test-only "gadget" type, probe entities whose tables only their own databases have) or test a
 * registry from empty (file referrers). They run in a process of their own, so what they add never
 * reaches another file (the trash and the API fuzz list every registered type: a probe type left
 * behind answered 500 there) and what other files registered never reaches them. Found by what the
 * file imports, so a new file that registers a type cannot be forgotten here.
 */
const REGISTERS_TYPES = /registerEntityType\(|registerRecordType\(|fixtures\/(probe-entity|timeline-subjects|gadget-record)\.js/;
const FROM_EMPTY = ['src/platform/files/file-store.test.ts'];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(path);
    return path.endsWith('.test.ts') ? [path] : [];
  });
}

const OWN_PROCESS = [
  ...['src', 'test'].flatMap(testFiles).filter((file) => REGISTERS_TYPES.test(readFileSync(file, 'utf8'))),
  ...FROM_EMPTY,
];

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
