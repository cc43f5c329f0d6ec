/**
 * The HTTP load generator, in its own thread so that sending and timing requests does not queue
 * behind the server's work on the main event loop. Each job fires a fixed number of requests over
 * keep-alive connections on loopback and answers with the latency of each. Request k goes to
 * `targets[k % targets.length]` (or to `path` with `headers`, a GET), so a job can spread over
 * many ids, users and bodies.
 */
import http from 'node:http';
import { parentPort } from 'node:worker_threads';

export interface LoadTarget {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadJob {
  port: number;
  path?: string;
  headers?: Record<string, string>;
  targets?: LoadTarget[];
  requests: number;
  connections: number;
}

export interface LoadResult {
  latenciesMs: number[];
  wallMs: number;
  failures: number;
  /** The first failure's status and body, for the error message. */
  firstFailure?: string;
}

function send(agent: http.Agent, port: number, target: LoadTarget): Promise<{ ms: number; status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const headers = target.body === undefined ? target.headers : { ...target.headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(target.body)) };
    const req = http.request({ host: '127.0.0.1', port, path: target.path, method: target.method, agent, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => {
        if (body.length < 500) body += chunk.toString();
      });
      res.on('end', () => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(target.body);
  });
}

async function run(job: LoadJob): Promise<LoadResult> {
  const targets = job.targets ?? [{ method: 'GET' as const, path: job.path ?? '/', headers: job.headers ?? {} }];
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
  const latenciesMs: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  let next = 0;
  const started = process.hrtime.bigint();
  async function client(): Promise<void> {
    while (next < job.requests) {
      const target = targets[next % targets.length]!;
      next++;
      const { ms, status, body } = await send(agent, job.port, target);
      latenciesMs.push(ms);
      if (status < 200 || status > 299) {
        failures++;
        firstFailure ??= `${target.method} ${target.path} → ${status} ${body}`;
      }
    }
  }
  await Promise.all(Array.from({ length: job.connections }, client));
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  agent.destroy();
  return { latenciesMs, wallMs, failures, firstFailure };
}

parentPort?.on('message', (job: LoadJob) => {
  run(job).then(
    (result) => parentPort?.postMessage({ result }),
    (error: Error) => parentPort?.postMessage({ error: error.message }),
  );
});
