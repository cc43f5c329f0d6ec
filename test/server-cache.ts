/** What a cached test server needs to be closed. */
interface Closable {
  app: { close(): Promise<unknown> };
  handle: { close(): Promise<void> };
}

/**
 * The test servers of the running file, by dialect and environment (test/server.ts). Kept apart
 * from the server code so test/setup-file.ts can close them without loading the whole app (a file
 * that tests a registry from empty must not see the modules register themselves).
 */
export const testServers = new Map<string, Promise<Closable>>();

/** Closes the file's servers; test/setup-file.ts calls it after every test file. */
export async function closeTestServers(): Promise<void> {
  const open = [...testServers.values()];
  testServers.clear();
  for (const server of open) {
    const s = await server;
    await s.app.close();
    await s.handle.close();
  }
}
