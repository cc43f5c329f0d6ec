#!/usr/bin/env node
// The e2e installs' servers, started when first needed instead of all at once.
//
// Playwright starts every webServer before the first test. With one install per spec that was
// sixteen servers booting together on two cores (about 80 s of CI), then idling through the run.
// This launcher listens on every install's port at once and starts an install's real server on the
// first connection to its port (and the next two installs in the list in the background, so they
// are warm when their specs begin). Connections are piped byte for byte to the real server, which
// listens on the same port + 20000: SSE, cookies and redirects pass through unchanged.
//
// Input: E2E_INSTALLS, a JSON array of { name, port, dataDir, env, seed }; `seed: 'demo'` fills the
// install with the demo data (`kartoteka seed-demo`) before its server starts. Prints `e2e servers ready`
// once every port listens. Playwright kills this process group at the end, children included.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const INTERNAL_OFFSET = 20_000;
const installs = JSON.parse(process.env.E2E_INSTALLS ?? '[]');
/** name -> Promise that settles when the install's server answers /health. */
const started = new Map();
const children = [];

async function healthy(port, child) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no answer from /health within 120 s');
}

/** Runs `kartoteka seed-demo` on the install's data directory when it asks for demo data. */
function seeded(install, env) {
  if (install.seed !== 'demo') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/kartoteka.js', 'seed-demo'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
    children.push(child);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed-demo exited with code ${code}`))));
  });
}

function start(index) {
  const install = installs[index];
  if (!install) return undefined;
  let ready = started.get(install.name);
  if (!ready) {
    const internal = install.port + INTERNAL_OFFSET;
    const env = { ...process.env, PORT: String(internal), DATA_DIR: install.dataDir, KARTOTEKA_LOG_LEVEL: 'warn', ...install.env };
    ready = seeded(install, env).then(() => {
      const child = spawn(process.execPath, ['bin/kartoteka.js', 'start'], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
      children.push(child);
      return healthy(internal, child);
    }).then(
      () => console.log(`[e2e] ${install.name} ready on ${install.port}`),
      (error) => {
        console.error(`[e2e] ${install.name} did not start: ${error.message}`);
        throw error;
      },
    );
    ready.catch(() => {});
    started.set(install.name, ready);
  }
  return ready;
}

function serve(index) {
  const install = installs[index];
  const server = net.createServer((socket) => {
    socket.pause();
    const ready = start(index);
    start(index + 1);
    start(index + 2);
    ready.then(
      () => {
        const upstream = net.connect(install.port + INTERNAL_OFFSET, '127.0.0.1');
        socket.pipe(upstream).pipe(socket);
        socket.resume();
        const close = () => {
          socket.destroy();
          upstream.destroy();
        };
        socket.on('error', close);
        upstream.on('error', close);
      },
      () => socket.destroy(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(install.port, '127.0.0.1', resolve);
  });
}

const stopAll = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGTERM', stopAll);
process.on('SIGINT', stopAll);

await Promise.all(installs.map((_, index) => serve(index)));
console.log('e2e servers ready');
