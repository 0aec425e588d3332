/**
 * `npm run footprint [-- --soak-seconds 20 --connections 8 --warm-runs 3]`: what the server costs a
 * small machine, measured the way a user meets it, on 127.0.0.1 only.
 *
 * For the embedded database: the first start after install (`npm start` on a new data
 * directory, which restores the seeded snapshot that `npm install` built), warm starts (the same
 * data directory again; the median of --warm-runs), the server's RSS when idle, and its RSS after
 * a soak (the `npm run soak` load). With DATABASE_URL set, the same for PostgreSQL on a new
 * throwaway database made beside it (the first start migrates and loads the seed there), dropped
 * afterwards. Start times run from spawning `npm start` to the first 200 from /readyz.
 *
 * The figures, with where the memory goes (V8 heap, array buffers, the embedded database's
 * WebAssembly heap, the caches, from the server's own atlas_memory_bytes gauge), are printed and
 * written to bench/results/footprint-latest.json. Bounded: every start waits at most 120 s, the
 * soak at most 120 s.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { projectRoot } from './harness';
import { freePort, HOST, load, machine } from './harness';

interface Started {
  child: ChildProcess;
  base: string;
  readyMs: number;
}

const withoutDatabaseUrl = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(env).filter(([k]) => k !== 'DATABASE_URL'));

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Spawns `npm start` (in a process group of its own, to stop it whole) and times it to /readyz. */
async function npmStart(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: projectRoot(),
    // DATABASE_URL reaches the server only when the run is about PostgreSQL.
    env: { ...withoutDatabaseUrl(process.env), ...env, PORT: String(port), HOST, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const deadline = Date.now() + 120000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error('the server did not become ready in 120 s');
    await sleep(20);
  }
  return { child, base, readyMs: Math.round(performance.now() - started) };
}

async function stop(s: Started): Promise<void> {
  const exited = new Promise<void>((resolve) => s.child.once('exit', () => resolve()));
  if (s.child.pid) process.kill(-s.child.pid, 'SIGTERM');
  await Promise.race([exited, sleep(15000)]);
}

const MB = 2 ** 20;

/** The server's RSS and its memory gauge, in MB, from its own /metrics. */
async function memory(base: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const out: Record<string, number> = {};
  const rss = text.match(/^process_resident_memory_bytes (\d+)/m)?.[1];
  if (rss) out.rss = Math.round(Number(rss) / MB);
  for (const m of text.matchAll(/^atlas_memory_bytes\{part="([a-z_0-9]+)"\} (\d+)/gm))
    out[m[1]!] = Math.round(Number(m[2]) / MB);
  return out;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

interface Figures {
  database: string;
  firstStartMs: number;
  warmStartMs: number;
  warmStartsMs: number[];
  idleMb: Record<string, number>;
  afterSoakMb: Record<string, number>;
  soak: { seconds: number; connections: number; rps: number; p99Ms: number; failures: number };
}

async function measure(
  database: string,
  env: Record<string, string>,
  fresh: () => Promise<void>,
  o: { soakSeconds: number; connections: number; warmRuns: number },
): Promise<Figures> {
  await fresh();
  const first = await npmStart(env);
  await stop(first);
  const warm: number[] = [];
  let idleMb: Record<string, number> = {};
  let afterSoakMb: Record<string, number> = {};
  let soak: Figures['soak'] = { seconds: o.soakSeconds, connections: o.connections, rps: 0, p99Ms: 0, failures: 0 };
  for (let i = 0; i < o.warmRuns; i++) {
    const s = await npmStart(env);
    warm.push(s.readyMs);
    if (i === o.warmRuns - 1) {
      // The last warm start is the one measured: idle for 5 s, then the soak.
      await sleep(5000);
      idleMb = await memory(s.base);
      const result = await load(s.base, o.soakSeconds, o.connections);
      soak = {
        seconds: o.soakSeconds,
        connections: o.connections,
        rps: result.rps,
        p99Ms: result.p99Ms,
        failures: result.errors + result.non2xx + result.graphqlErrors + result.timeouts,
      };
      afterSoakMb = await memory(s.base);
    }
    await stop(s);
  }
  return {
    database,
    firstStartMs: first.readyMs,
    warmStartMs: median(warm),
    warmStartsMs: warm,
    idleMb,
    afterSoakMb,
    soak,
  };
}

/** A throwaway database beside DATABASE_URL's, with PostGIS, dropped at the end. */
async function throwawayPg(
  url: string,
): Promise<{ url: string; reset: () => Promise<void>; drop: () => Promise<void> }> {
  const name = `atlas_footprint_${process.pid}`;
  const admin = new URL(url);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const run = async (sql: string, on: URL): Promise<void> => {
    const c = new Client({ connectionString: on.toString() });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  const reset = async (): Promise<void> => {
    await run(`drop database if exists ${name} with (force)`, admin);
    await run(`create database ${name}`, admin);
    await run('create extension if not exists postgis', target);
  };
  return { url: target.toString(), reset, drop: () => run(`drop database if exists ${name} with (force)`, admin) };
}

function print(f: Figures): string {
  const m = (x: Record<string, number>): string =>
    `${x.rss} MB (V8 heap ${x.v8_heap_used}, array buffers ${x.array_buffers}, embedded heap ${x.embedded_database_heap}, response cache ${x.response_cache}, geometry cache ${x.geometry_cache})`;
  return [
    `${f.database}:`,
    `  first start (npm start, new database) ${(f.firstStartMs / 1000).toFixed(1)} s`,
    `  warm start  (npm start, median of ${f.warmStartsMs.length}) ${(f.warmStartMs / 1000).toFixed(1)} s  [${f.warmStartsMs.join(', ')} ms]`,
    `  RSS idle        ${m(f.idleMb)}`,
    `  RSS after soak  ${m(f.afterSoakMb)}`,
    `  soak            ${f.soak.seconds} s, ${f.soak.connections} connections: ${f.soak.rps} req/s, p99 ${f.soak.p99Ms} ms, ${f.soak.failures} failed`,
  ].join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'soak-seconds': { type: 'string', default: '20' },
      connections: { type: 'string', default: '8' },
      'warm-runs': { type: 'string', default: '3' },
    },
  });
  const o = {
    soakSeconds: Math.min(120, Math.max(5, Number(values['soak-seconds']))),
    connections: Math.min(64, Math.max(1, Number(values.connections))),
    warmRuns: Math.min(9, Math.max(1, Number(values['warm-runs']))),
  };
  const root = projectRoot();
  // The product's own check, from its build (the tools are built apart from it).
  const { defaultSnapshotPaths, snapshotIsCurrent } = (await import(
    path.join(root, 'dist', 'imports', 'index.js')
  )) as {
    defaultSnapshotPaths(root: string): object;
    snapshotIsCurrent(paths: object): boolean;
  };
  const snapshotCurrent = snapshotIsCurrent(defaultSnapshotPaths(root));
  if (!snapshotCurrent)
    process.stderr.write(
      'footprint: the seeded snapshot is not current (run npm run db:snapshot, as npm install does); the first start will seed the database\n',
    );
  const results: Figures[] = [];
  const dataDir = path.join(root, '.data', 'footprint-pglite');
  const embedded = await measure(
    'embedded PGlite',
    { PGLITE_DATA_DIR: dataDir },
    async () => rmSync(dataDir, { recursive: true, force: true }),
    o,
  );
  rmSync(dataDir, { recursive: true, force: true });
  results.push(embedded);
  process.stdout.write(`${print(embedded)}\n`);
  const url = process.env.DATABASE_URL;
  if (url) {
    const pg = await throwawayPg(url);
    try {
      const server = await measure('PostgreSQL', { DATABASE_URL: pg.url }, pg.reset, o);
      results.push(server);
      process.stdout.write(`${print(server)}\n`);
    } finally {
      await pg.drop();
    }
  }
  const report = {
    date: new Date().toISOString(),
    machine: machine(),
    snapshotCurrent,
    startCommand: 'npm start',
    results,
  };
  const out = path.join(root, 'bench', 'results', 'footprint-latest.json');
  if (existsSync(path.dirname(out))) writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  return results.every((r) => r.soak.failures === 0) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`footprint failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
