/**
 * `npm run abuse [-- --seconds 10 --connections 16]`: hostile and heavy bursts against the built
 * server on 127.0.0.1, on the embedded database and, when DATABASE_URL is set, on PostgreSQL.
 * For each: an ordinary question's latency (one district by code, a different district each
 * time, the response cache off) alone, then again while `connections` clients send a rotation
 * of heavy requests (the costliest questions the limits allow) and hostile ones (inputs nested
 * 100,000 deep, 20,000 or-branches, huge strings and geometries, out-of-range arguments, broken
 * JSON). Prints, per database, the hostile answers by status and error code, and the ordinary
 * question's p50/p99 under the burst as a ratio to its idle p50/p99. Fails when a hostile
 * request gets a 5xx or INTERNAL_SERVER_ERROR, or the ordinary question fails. Bounded: at most
 * 120 s per phase.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import { projectRoot } from './harness';
import { attacks } from './abuse-attacks';
import { machine, startServer } from './harness';

/** Every English district's code, read from the server itself, for ordinary questions that miss every cache. */
async function districtCodes(base: string): Promise<string[]> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ authorities(first: 500) { nodes { code } } }' }),
  });
  const body = (await response.json()) as { data: { authorities: { nodes: { code: string }[] } } };
  return body.data.authorities.nodes.map((n) => n.code);
}

interface Latency {
  requests: number;
  failed: number;
  p50Ms: number;
  p99Ms: number;
}

/** The ordinary question, one connection, a different district each time. */
async function ordinary(base: string, codes: string[], seconds: number): Promise<Latency> {
  let i = 0;
  let failed = 0;
  const result = await autocannon({
    url: `${base}/graphql`,
    connections: 1,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({
            query: `query Ordinary { authority(code: "${codes[i++ % codes.length]}") { name mobility { rank band } } }`,
          }),
        }),
        onResponse: (status: number, body: string) => {
          if (status !== 200 || body.includes('"errors"')) failed += 1;
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    failed: failed + result.errors + result.timeouts,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
}

/** What the server measured itself, read from its /metrics. */
interface ServerReading {
  /** Ordinary requests by duration (from their start in Apollo Server to the response), cumulative per bucket bound in ms. */
  buckets: Map<number, number>;
  /** The event loop's delay p99 since the previous reading (prom-client resets it at each), ms. */
  loopDelayP99Ms?: number;
}

async function serverSide(base: string): Promise<ServerReading> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const buckets = new Map<number, number>();
  for (const m of text.matchAll(
    /^atlas_graphql_request_duration_seconds_bucket\{le="([^"]+)",operation="Ordinary"\} (\d+)$/gm,
  )) {
    buckets.set(m[1] === '+Inf' ? Infinity : Number(m[1]) * 1000, Number(m[2]));
  }
  // How long a ready callback, such as a new request's first bytes, waited for the loop.
  const lag = /^nodejs_eventloop_lag_p99_seconds (\S+)$/m.exec(text);
  return { buckets, loopDelayP99Ms: lag ? Math.round(Number(lag[1]) * 1000) : undefined };
}

/** The bucket bound under which 99 % of the Ordinary requests counted between two readings fell. */
function p99Bound({ buckets: before }: ServerReading, { buckets: after }: ServerReading): number | null {
  const bounds = [...after.keys()].sort((a, b) => a - b);
  const total = (after.get(Infinity) ?? 0) - (before.get(Infinity) ?? 0);
  if (total === 0) return null;
  return bounds.find((b) => (after.get(b) ?? 0) - (before.get(b) ?? 0) >= total * 0.99) ?? null;
}

/** Answers to the burst, by attack and by `status code`. */
type Outcomes = Record<string, Record<string, number>>;

async function burst(
  base: string,
  seconds: number,
  connections: number,
  kinds: ReadonlySet<string>,
): Promise<{ outcomes: Outcomes; requests: number }> {
  const list = attacks().filter((a) => kinds.has(a.kind));
  const outcomes: Outcomes = Object.fromEntries(list.map((a) => [a.name, {}]));
  const deadline = performance.now() + seconds * 1000;
  let requests = 0;
  // `connections` clients, each sending the attacks in turn (from a different one), one at a time.
  const client = async (offset: number): Promise<void> => {
    for (let i = offset; performance.now() < deadline; i += 1) {
      const attack = list[i % list.length]!;
      let key: string;
      try {
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: attack.body,
          signal: AbortSignal.timeout(30000),
        });
        const text = await response.text();
        key = `${response.status} ${/"code":"([A-Z_]+)"/.exec(text)?.[1] ?? (response.status === 200 ? 'ok' : 'no code')}`;
      } catch (err) {
        key = `failed ${(err as Error).name}`;
      }
      requests += 1;
      const counts = outcomes[attack.name]!;
      counts[key] = (counts[key] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, c) => client(c)));
  return { outcomes, requests };
}

function burstInWorker(
  base: string,
  seconds: number,
  connections: number,
  kinds: ReadonlySet<string>,
): Promise<{ outcomes: Outcomes; requests: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { base, seconds, connections, kinds: [...kinds] } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

async function run(
  database: 'embedded pglite' | 'postgresql',
  seconds: number,
  connections: number,
  kinds: ReadonlySet<string>,
) {
  const env: Record<string, string> = { RESPONSE_CACHE_BYTES: '0', LOG_LEVEL: 'error' };
  if (database === 'postgresql') env.DATABASE_URL = process.env.DATABASE_URL!;
  else env.PGLITE_DATA_DIR = '.data/abuse-pglite';
  const server = await startServer(env);
  try {
    const codes = await districtCodes(server.base);
    await ordinary(server.base, codes, 2); // warm-up
    const atStart = await serverSide(server.base);
    const idle = await ordinary(server.base, codes, seconds);
    const beforeBurst = await serverSide(server.base);
    // The burst runs in a worker thread, so its own work does not delay the ordinary question's client.
    const [during, attack] = await Promise.all([
      ordinary(server.base, codes, seconds),
      burstInWorker(server.base, seconds, connections, kinds),
    ]);
    const afterBurst = await serverSide(server.base);
    const healthz = (await fetch(`${server.base}/healthz`)).status;
    const hostile = attacks()
      .filter((a) => a.kind === 'hostile' && kinds.has(a.kind))
      .map((a) => a.name);
    const badHostile = hostile.flatMap((name) =>
      Object.keys(attack.outcomes[name]!)
        .filter((k) => /^5|INTERNAL_SERVER_ERROR/.test(k))
        .map((k) => `${name}: ${k}`),
    );
    return {
      database,
      idle,
      during,
      p50Ratio: Math.round((during.p50Ms / Math.max(idle.p50Ms, 1)) * 10) / 10,
      p99Ratio: Math.round((during.p99Ms / Math.max(idle.p99Ms, 1)) * 10) / 10,
      // What the server itself measured (bucket bounds): how much of the delay is the server's.
      serverP99Ms: { idle: p99Bound(atStart, beforeBurst), during: p99Bound(beforeBurst, afterBurst) },
      eventLoopDelayP99Ms: { idle: beforeBurst.loopDelayP99Ms, during: afterBurst.loopDelayP99Ms },
      burstRequests: attack.requests,
      outcomes: attack.outcomes,
      badHostile,
      healthzAfter: healthz,
    };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '16' },
      only: { type: 'string' },
    },
  });
  // --only hostile | heavy: one kind of burst, to tell their effects apart.
  const kinds = new Set(values.only ? [values.only] : ['hostile', 'heavy']);
  const seconds = Math.min(120, Math.max(3, Number(values.seconds)));
  const connections = Math.min(64, Math.max(1, Number(values.connections)));
  const runs = [await run('embedded pglite', seconds, connections, kinds)];
  if (process.env.DATABASE_URL) runs.push(await run('postgresql', seconds, connections, kinds));
  const report = { date: new Date().toISOString(), machine: machine(), seconds, connections, kinds: [...kinds], runs };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(
    path.join(projectRoot(), 'bench', 'results', 'abuse-latest.json'),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  for (const r of runs) {
    process.stdout.write(
      `${r.database}: ordinary p50 ${r.idle.p50Ms} -> ${r.during.p50Ms} ms (x${r.p50Ratio}), p99 ${r.idle.p99Ms} -> ${r.during.p99Ms} ms (x${r.p99Ratio}); ` +
        `in the server, p99 under ${r.serverP99Ms.idle} -> ${r.serverP99Ms.during} ms, event loop delay p99 ${r.eventLoopDelayP99Ms.idle} -> ${r.eventLoopDelayP99Ms.during} ms; ` +
        `${r.burstRequests} burst requests; ordinary failures ${r.idle.failed + r.during.failed}; hostile 5xx/internal: ${r.badHostile.length ? r.badHostile.join('; ') : 'none'}\n`,
    );
  }
  return runs.every((r) => r.badHostile.length === 0 && r.idle.failed + r.during.failed === 0 && r.healthzAfter === 200)
    ? 0
    : 1;
}

if (!isMainThread) {
  const { base, seconds, connections, kinds } = workerData as {
    base: string;
    seconds: number;
    connections: number;
    kinds: string[];
  };
  void burst(base, seconds, connections, new Set(kinds)).then((result) => parentPort!.postMessage(result));
} else
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`abuse failed: ${(err as Error).stack ?? String(err)}\n`);
      process.exit(1);
    },
  );
