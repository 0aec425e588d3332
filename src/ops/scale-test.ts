/**
 * `npm run scale:test`: instances sharing a response cache in Redis, proved with real processes
 * on 127.0.0.1 only. It starts its own redis-server (Debian's `redis-server`; on its own port,
 * nothing kept on disk) and two API instances (`node dist/main.js`; the embedded database, or
 * PostgreSQL when DATABASE_URL is set), then:
 *   1. asks each of 20 questions of instance A, then of instance B: B must answer every one from
 *      the shared cache (x-cache HIT-SHARED) with A's bytes;
 *   2. sends mixed requests to both while Redis is stopped: none may fail, and both instances
 *      must count shared-cache errors;
 *   3. starts Redis again on the same port: within 5 s a new answer of A is shared with B again.
 * Prints a JSON summary (also bench/results/scale-latest.json) and exits 1 when a check fails.
 *
 * This is the shared-cache part of issue 16's scale test; replicas, HAProxy and the fleet-wide
 * data version are still to come.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../config';
import { freePort, HOST, machine, startServer, type RunningServer } from './harness';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', HOST, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      const socket = await import('node:net').then((net) => net.connect(port, HOST));
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

async function sharedErrors(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/^atlas_shared_cache_total\{outcome="error"\} (\d+)/m.exec(text)?.[1] ?? 0);
}

async function main(): Promise<void> {
  const failures: string[] = [];
  const check = (ok: boolean, what: string): void => {
    process.stdout.write(`  ${ok ? 'ok' : 'FAILED'}: ${what}\n`);
    if (!ok) failures.push(what);
  };
  const redisPort = await freePort();
  let redis = await startRedis(redisPort);
  const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-scale-'));
  const instances: RunningServer[] = [];
  const summary: Record<string, unknown> = { date: new Date().toISOString(), machine: machine(), database: process.env.DATABASE_URL ? 'postgresql' : 'embedded' };
  try {
    for (const name of ['a', 'b']) {
      instances.push(await startServer({ CACHE_URL: `redis://${HOST}:${redisPort}`, RESPONSE_CACHE_BYTES: String(16 * 2 ** 20), PGLITE_DATA_DIR: path.join(scratch, name) }));
    }
    const [a, b] = instances as [RunningServer, RunningServer];
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

    process.stdout.write('2. Redis stopped under load\n');
    const errorsBefore = [await sharedErrors(a.base), await sharedErrors(b.base)];
    await stopProcess(redis);
    let sent = 0;
    let failed = 0;
    const deadline = Date.now() + 3000;
    await Promise.all(
      Array.from({ length: 8 }, async (_, c) => {
        for (let i = c; Date.now() < deadline; i += 8) {
          const target = instances[i % 2]!;
          // New questions (a different page each time) miss the in-memory cache and ask Redis.
          const r = await ask(target.base, `{ authorities(first: 3, after: "${Buffer.from(`atlas:${i % 300}`).toString('base64url')}") { nodes { code name } } }`).catch(() => ({ status: 0, cache: null, body: '' }));
          sent += 1;
          if (r.status !== 200 || r.body.includes('"errors"')) failed += 1;
        }
      }),
    );
    const errorsAfter = [await sharedErrors(a.base), await sharedErrors(b.base)];
    summary.redisDown = { requests: sent, failed, sharedCacheErrors: errorsAfter.map((n, i) => n - errorsBefore[i]!) };
    check(failed === 0 && sent > 0, `with Redis down, ${sent} requests and ${failed} failed`);
    check(errorsAfter.every((n, i) => n > errorsBefore[i]!), `both instances counted shared-cache errors (${errorsAfter.map((n, i) => n - errorsBefore[i]!).join(', ')})`);

    process.stdout.write('3. Redis back\n');
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
  } finally {
    for (const s of instances) await s.stop();
    await stopProcess(redis);
    rmSync(scratch, { recursive: true, force: true });
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
