/**
 * Shared pieces of the soak and fault runs: start the built server as a child process on
 * 127.0.0.1, drive it with autocannon, and count GraphQL errors in the bodies. Loopback only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

export const HOST = '127.0.0.1';

/** The repository root (the tools run from tools/dist/). */
export const projectRoot = (): string => path.resolve(__dirname, '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, HOST, () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  child: ChildProcess;
  base: string;
  stop(): Promise<void>;
}

/** Starts `node dist/main.js` with the given environment and waits for /readyz. */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(projectRoot(), 'dist', 'main.js')], {
    env: { ...process.env, ...env, PORT: String(port), HOST, LOG_LEVEL: env.LOG_LEVEL ?? 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://${HOST}:${port}`;
  const deadline = Date.now() + 120000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error('server did not become ready in 120 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    child,
    base,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The questions users ask most, rotated by the load generator. */
export const QUERIES = [
  '{ authority(code: "E09000033") { name mobility { rank band } } }',
  '{ authorities(first: 50, filter: { band: COLDSPOT }) { totalCount nodes { code name mobility { rank } } } }',
  '{ authorityAt(lon: -1.8904, lat: 52.4862) { name } }',
  '{ authority(code: "E09000028") { neighbours { kind authority { name } } nearestHotspot { distanceKm authority { name } } } }',
  '{ authorities(first: 20, filter: { withinKm: { km: 10, lon: -2.2426, lat: 53.4808 } }) { nodes { code } } }',
];

export interface LoadResult {
  requests: number;
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  timeouts: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
}

export async function load(base: string, seconds: number, connections: number): Promise<LoadResult> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url: `${base}/graphql`,
    connections,
    duration: seconds,
    timeout: 10,
    requests: QUERIES.map((query) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      onResponse: (status: number, body: string) => {
        if (status === 200 && body.includes('"errors"')) graphqlErrors += 1;
      },
    })),
  });
  return {
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    graphqlErrors,
    timeouts: result.timeouts,
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
}

export function machine(): Record<string, unknown> {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}
