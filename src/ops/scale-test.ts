/**
 * `npm run scale:test`: several instances behind HAProxy, reading from a streaming replica and
 * sharing a response cache in Redis, proved with real processes on 127.0.0.1 only. It makes its
 * own PostgreSQL primary and streaming standby (ops/replication.ts: the machine's PostgreSQL 15
 * binaries as the postgres user, own ports), its own redis-server (Debian's; own port, nothing
 * on disk), three API instances (`node dist/main.js` with DATABASE_URL the primary and
 * DATABASE_READ_URLS the standby; the first migrates and seeds) and HAProxy (Debian's) with
 * deploy/haproxy.cfg, then:
 *   1. asks each of 20 questions of instance A, then of instance B: B must answer every one from
 *      the shared cache (x-cache HIT-SHARED) with A's bytes;
 *   2. measures throughput through HAProxy with 3 instances, cold (a different question each
 *      time) and warm (one question);
 *   3. commits a data change on the primary (the data-version trigger an import fires) and times
 *      how long until every instance answers for the new version (from its replica);
 *   4. kills one instance (SIGKILL) under load through HAProxy: no request may fail;
 *   5. stops the standby under load: no request may fail (reads move to the primary);
 *   6. sends mixed requests through HAProxy while Redis is stopped: none may fail, and the
 *      instances must count shared-cache errors;
 *   7. starts Redis again on the same port: within 5 s a new answer of A is shared with B again;
 *   8. measures throughput again with 2 instances (after the kill) and 1 (B stopped gracefully).
 * Prints a JSON summary (also bench/results/scale-latest.json) and exits 1 when a check fails.
 *
 * Still to come for issue 16: an edition import instead of a one-row change, and a check that no
 * single response mixes two versions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { projectRoot } from '../config';
import { createCluster, type Cluster } from './replication';
import { freePort, HOST, machine, startServer, type RunningServer } from './harness';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', HOST, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      const socket = connect(port, HOST);
      await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
      socket.destroy();
      return child;
    } catch {
      await sleep(50);
    }
  }
  throw new Error(`redis-server did not listen on ${port}`);
}

const stopProcess = (child: ChildProcess): Promise<void> => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM'))));

/** 20 different questions: one district each (the codes come from the API itself). */
async function questions(base: string): Promise<string[]> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ authorities(first: 20) { nodes { code } } }' }) });
  const body = (await response.json()) as { data: { authorities: { nodes: Array<{ code: string }> } } };
  return body.data.authorities.nodes.map((n) => `{ authority(code: "${n.code}") { name mobility { rank band } neighbours { authority { code } } } }`);
}

async function ask(base: string, query: string): Promise<{ status: number; cache: string | null; body: string }> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, cache: response.headers.get('x-cache'), body: await response.text() };
}

/** The data version an instance answers for: the prefix of a cacheable response's ETag. */
async function servedVersion(base: string): Promise<number> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ regions { code } }' }) });
  await response.arrayBuffer();
  return Number(/^"(\d+)-/.exec(response.headers.get('etag') ?? '')?.[1] ?? -1);
}

async function sharedErrors(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/^atlas_shared_cache_total\{outcome="error"\} (\d+)/m.exec(text)?.[1] ?? 0);
}

async function waitUntil(ok: () => Promise<boolean>, ms: number, message: string): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await ok().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(message);
    await sleep(100);
  }
}

/** `clients` clients asking a different page of districts each time, for `ms`; counts what failed. */
async function load(base: string, ms: number, clients: number, offset = 0): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  const deadline = Date.now() + ms;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = c; Date.now() < deadline; i += clients) {
        const after = Buffer.from(`atlas:${offset + (i % 300)}`).toString('base64url');
        const r = await ask(base, `{ authorities(first: 3, after: "${after}") { nodes { code name } } }`).catch(() => ({ status: 0, cache: null, body: '' }));
        sent += 1;
        if (r.status !== 200 || r.body.includes('"errors"')) failed += 1;
      }
    }),
  );
  return { sent, failed };
}

/** Requests per second through `base` for 3 s at 16 connections: cold (a new question each time) or warm (the same one). */
/** Cold questions never repeat, across calls: each call continues the sequence of points. */
let coldPoint = 0;

async function throughput(base: string, cold: boolean): Promise<number> {
  const result = await autocannon({
    url: `${base}/graphql`,
    connections: 16,
    duration: 3,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        // Cold: districts within 5 km of a different point of England each time (no cache can answer).
        setupRequest: (request) => {
          const i = cold ? (coldPoint += 1) : 0;
          const [lon, lat] = cold ? [-2.5 + ((i * 0.00137) % 2.5), 51.5 + ((i * 0.00071) % 2)] : [-1.5, 52.5];
          return { ...request, body: JSON.stringify({ query: `{ authorities(filter: { withinKm: { km: 5, lon: ${lon.toFixed(4)}, lat: ${lat.toFixed(4)} } }) { nodes { code name } } }` }) };
        },
      },
    ],
  });
  return Math.round(result.requests.average);
}

async function main(): Promise<void> {
  const failures: string[] = [];
  const check = (ok: boolean, what: string): void => {
    process.stdout.write(`  ${ok ? 'ok' : 'FAILED'}: ${what}\n`);
    if (!ok) failures.push(what);
  };
  const redisPort = await freePort();
  let redis = await startRedis(redisPort);
  const instances: RunningServer[] = [];
  let haproxy: ChildProcess | undefined;
  const summary: Record<string, unknown> = { date: new Date().toISOString(), machine: machine() };
  let cluster: Cluster | undefined;
  try {
    cluster = await createCluster();
    const env = { DATABASE_URL: cluster.primaryUrl, DATABASE_READ_URLS: cluster.standbyUrl, CACHE_URL: `redis://${HOST}:${redisPort}`, RESPONSE_CACHE_BYTES: String(16 * 2 ** 20) };
    // The first migrates and loads the seed; the others start on a loaded database.
    for (let i = 0; i < 3; i++) instances.push(await startServer(env));
    const standbyReady = await (await fetch(`${instances[0]!.base}/readyz`)).json();
    summary.replicas = (standbyReady as { replicas?: unknown }).replicas;
    const [a, b, c] = instances as [RunningServer, RunningServer, RunningServer];
    const lbPort = await freePort();
    const lb = `http://${HOST}:${lbPort}`;
    haproxy = spawn('haproxy', ['-db', '-f', path.join(projectRoot(), 'deploy', 'haproxy.cfg')], {
      env: { ...process.env, ATLAS_LB_BIND: `${HOST}:${lbPort}`, ...Object.fromEntries(instances.map((s, i) => [`ATLAS_API_${i + 1}`, s.base.replace('http://', '')])) },
      // Its notices (servers up and down) are expected here; a failed start shows as the wait below.
      stdio: 'ignore',
    });
    await waitUntil(async () => (await fetch(`${lb}/readyz`)).ok, 10000, 'HAProxy did not pass requests within 10 s');
    const asked = await questions(a.base);

    process.stdout.write('1. answers shared across instances\n');
    let shared = 0;
    for (const q of asked) {
      const first = await ask(a.base, q);
      const second = await ask(b.base, q);
      if (first.status === 200 && second.cache === 'HIT-SHARED' && second.body === first.body) shared += 1;
    }
    summary.sharedHitRatio = shared / asked.length;
    check(shared === asked.length, `instance B answered ${shared} of ${asked.length} from the cache A filled, byte for byte`);

    process.stdout.write('2. throughput through HAProxy, 3 instances\n');
    summary.throughput3 = { cold: await throughput(lb, true), warm: await throughput(lb, false) };
    process.stdout.write(`  cold ${(summary.throughput3 as { cold: number }).cold} req/s, warm ${(summary.throughput3 as { warm: number }).warm} req/s\n`);

    process.stdout.write('3. a data change on the primary, seen by every instance\n');
    const versions = async (): Promise<number[]> => Promise.all(instances.map((s) => servedVersion(s.base)));
    const before = await versions();
    const primary = new Client({ connectionString: cluster.primaryUrl });
    await primary.connect();
    // Any write to a served table bumps the data version and sends NOTIFY, as an import does.
    await primary.query(`update regions set name = name where code = (select min(code) from regions)`);
    const committed = Date.now();
    const wanted = Number((await primary.query('select version::text as v from data_version')).rows[0].v);
    await primary.end();
    let seenMs: number | null = null;
    while (Date.now() - committed < 10000) {
      if ((await versions()).every((v) => v >= wanted)) {
        seenMs = Date.now() - committed;
        break;
      }
      await sleep(20);
    }
    summary.newVersion = { from: before, to: wanted, everyInstanceMs: seenMs };
    check(seenMs !== null && seenMs <= 1500, `every instance served version ${wanted} (from ${before.join(', ')}) ${seenMs === null ? 'not within 10 s' : `${seenMs} ms after the commit`}`);

    process.stdout.write('4. one instance killed under load\n');
    const killed = load(lb, 4000, 8);
    await sleep(1500);
    c.child.kill('SIGKILL');
    const afterKill = await killed;
    summary.instanceKill = afterKill;
    check(afterKill.failed === 0 && afterKill.sent > 0, `instance C killed mid-load: ${afterKill.sent} requests through HAProxy, ${afterKill.failed} failed`);
    summary.throughput2 = { cold: await throughput(lb, true), warm: await throughput(lb, false) };

    process.stdout.write('5. the standby stopped under load\n');
    const standbyLoad = load(lb, 4000, 8, 600);
    await sleep(1000);
    cluster.stopStandby();
    const standbyDown = await standbyLoad;
    const degraded = (await (await fetch(`${a.base}/readyz`)).json()) as { degraded?: boolean };
    summary.standbyDown = { ...standbyDown, degraded: degraded.degraded === true };
    check(standbyDown.failed === 0 && standbyDown.sent > 0, `standby stopped mid-load: ${standbyDown.sent} requests through HAProxy, ${standbyDown.failed} failed`);
    check(degraded.degraded === true, 'the instances report themselves degraded but ready');
    cluster.startStandby();

    process.stdout.write('6. Redis stopped under load\n');
    const errorsBefore = [await sharedErrors(a.base), await sharedErrors(b.base)];
    await stopProcess(redis);
    const down = await load(lb, 3000, 8, 1000);
    const errorsAfter = [await sharedErrors(a.base), await sharedErrors(b.base)];
    summary.redisDown = { ...down, sharedCacheErrors: errorsAfter.map((n, i) => n - errorsBefore[i]!) };
    check(down.failed === 0 && down.sent > 0, `with Redis down, ${down.sent} requests through HAProxy and ${down.failed} failed`);
    check(errorsAfter.every((n, i) => n > errorsBefore[i]!), `both remaining instances counted shared-cache errors (${errorsAfter.map((n, i) => n - errorsBefore[i]!).join(', ')})`);

    process.stdout.write('7. Redis back\n');
    redis = await startRedis(redisPort);
    const started = Date.now();
    let reshared = false;
    for (let i = 0; Date.now() - started < 5000 && !reshared; i++) {
      const q = `{ authorities(first: 2, after: "${Buffer.from(`atlas:${310 + i}`).toString('base64url')}") { totalCount nodes { code } } }`;
      await ask(a.base, q);
      reshared = (await ask(b.base, q)).cache === 'HIT-SHARED';
      if (!reshared) await sleep(200);
    }
    summary.resharedAfterMs = reshared ? Date.now() - started : null;
    check(reshared, `answers are shared again ${reshared ? `${Date.now() - started} ms` : 'not within 5 s'} after Redis restarted`);

    process.stdout.write('8. throughput by instance count\n');
    await b.stop(); // a graceful stop: HAProxy moves away on /readyz and its retries
    await sleep(1500);
    summary.throughput1 = { cold: await throughput(lb, true), warm: await throughput(lb, false) };
    for (const n of [3, 2, 1]) {
      const t = summary[`throughput${n}`] as { cold: number; warm: number };
      process.stdout.write(`  ${n} instance(s): cold ${t.cold} req/s, warm ${t.warm} req/s\n`);
    }
  } finally {
    if (haproxy) await stopProcess(haproxy);
    for (const s of instances) if (s.child.exitCode === null && s.child.signalCode === null) await s.stop().catch(() => undefined);
    cluster?.destroy();
    await stopProcess(redis);
  }
  summary.failures = failures;
  writeFileSync(path.join(projectRoot(), 'bench', 'results', 'scale-latest.json'), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  if (failures.length) process.exit(1);
}

main().catch((err: Error) => {
  process.stderr.write(`scale:test failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
