/**
 * The HTTP load generator, in its own thread so that sending and timing requests does not queue
 * behind the server's work on the main event loop. Each job fires a fixed number of GET requests
 * over a few keep-alive connections on loopback and answers with the latency of each.
 */
import http from 'node:http';
import { parentPort } from 'node:worker_threads';

export interface LoadJob {
  port: number;
  path: string;
  headers: Record<string, string>;
  requests: number;
  connections: number;
}

export interface LoadResult {
  latenciesMs: number[];
  wallMs: number;
  failures: number;
}

function get(agent: http.Agent, job: LoadJob): Promise<{ ms: number; ok: boolean }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const req = http.request({ host: '127.0.0.1', port: job.port, path: job.path, method: 'GET', agent, headers: job.headers }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, ok: res.statusCode === 200 }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function run(job: LoadJob): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
  const latenciesMs: number[] = [];
  let failures = 0;
  let next = 0;
  const started = process.hrtime.bigint();
  async function client(): Promise<void> {
    while (next < job.requests) {
      next++;
      const { ms, ok } = await get(agent, job);
      latenciesMs.push(ms);
      if (!ok) failures++;
    }
  }
  await Promise.all(Array.from({ length: job.connections }, client));
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  agent.destroy();
  return { latenciesMs, wallMs, failures };
}

parentPort?.on('message', (job: LoadJob) => {
  run(job).then(
    (result) => parentPort?.postMessage({ result }),
    (error: Error) => parentPort?.postMessage({ error: error.message }),
  );
});
