import { afterAll } from 'vitest';
import { freezeClock } from '../src/platform/clock.js';
import { closeTestServers } from './server-cache.js';

// Vitest runs this file before every test file, also when the files of a worker share their loaded
// modules (decision 0032): what one file leaves behind (its servers, a frozen clock) ends with it.
afterAll(async () => {
  freezeClock(null);
  await closeTestServers();
});
