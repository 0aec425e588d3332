// Where a question's time goes: runs the Atlas server (response cache off, as the bench's cold
// server) and the hand-written floor under V8's CPU profiler (`node --cpu-prof`) while autocannon
// asks one benchmark question at concurrency 8 (or --connections), then splits each profile's samples by what the
// process was doing (HTTP, parse, validate, cost analysis, plugins, execution, our resolvers,
// serialisation, the driver, socket writes, GC) and writes it per request.
//   npm run bench:profile                       every GraphQL question, 6 s each
//   npm run bench:profile -- --only all,one --seconds 10 --label after-json-lists
// Writes bench/results/profile-<label>.md and .json (label default "latest"). Needs DATABASE_URL
// of a local server whose role can create databases; it (re)creates the database atlas_profile.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createSeededDatabase, databaseUrl } from './database.mjs';
import { MAP_QUESTIONS, QUESTIONS } from './questions.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SECONDS = Number(arg('seconds', '6'));
const LABEL = arg('label', 'latest');
const ONLY = arg('only', '')?.split(',').filter(Boolean);
const CONNECTIONS = Number(arg('connections', '8'));
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = 'atlas_profile';
const dbUrl = databaseUrl(ADMIN_URL, DB);
const log = (...args) => console.error('[profile]', ...args);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * What a sample is doing: the first rule that matches, walking from the sampled function up its
 * stack. So a pg parser called from our resolver counts as the driver, and our resolver called
 * from graphql-js counts as ours.
 */
const CATEGORIES = [
  ['GC', (f) => f.functionName === '(garbage collector)'],
  [
    'socket writes',
    (f) => f.url === '' && /^(writev|writeUtf8String|writeBuffer|writeLatin1String)$/.test(f.functionName),
  ],
  ['driver (pg)', (f) => /node_modules\/(pg|pg-protocol|pg-types|pg-pool)\//.test(f.url)],
  ['parse', (f) => /node_modules\/graphql\/language\//.test(f.url)],
  ['validate', (f) => /node_modules\/graphql\/validation\//.test(f.url)],
  [
    'cost analysis and limits',
    (f) =>
      /graphql-query-complexity|graphql-depth-limit/.test(f.url) ||
      /\/dist\/server\/(limits|input-limits|admission)\.js/.test(f.url),
  ],
  ['serialisation', (f) => /\/dist\/common\/raw-json\.js/.test(f.url) || f.functionName === 'stringify'],
  ['our resolvers and SQL building', (f) => /\/dist\/(?!server\/|main)/.test(f.url)],
  ['type-graphql', (f) => /node_modules\/type-graphql\//.test(f.url)],
  ['execution (graphql-js)', (f) => /node_modules\/graphql\//.test(f.url)],
  ['Apollo and our plugins', (f) => /node_modules\/@apollo\//.test(f.url) || /\/dist\/server\//.test(f.url)],
  [
    'HTTP (Fastify, Node)',
    (f) =>
      /node_modules\/(fastify|@fastify|find-my-way|avvio|helmet|negotiator)/.test(f.url) ||
      /^node:(_http|net|stream|internal\/streams|internal\/http)/.test(f.url),
  ],
];

/** The samples taken between `fromUs` and `toUs` after the profile started (the measured run only). */
function split(profile, fromUs, toUs) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map();
  const categoryOf = (id) => {
    if (memo.has(id)) return memo.get(id);
    let found = 'other (module loading, timers, microtasks)';
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const rule = CATEGORIES.find(([, test]) => test(byId.get(at).callFrame));
      if (rule) {
        found = rule[0];
        break;
      }
    }
    memo.set(id, found);
    return found;
  };
  const byCategory = new Map();
  const byFunction = new Map();
  let idle = 0;
  let at = 0;
  for (let i = 0; i < profile.samples.length; i += 1) {
    const id = profile.samples[i];
    const us = profile.timeDeltas[i] ?? 0;
    at += us;
    if (at < fromUs || at > toUs) continue;
    const frame = byId.get(id).callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') {
      idle += us;
      continue;
    }
    const category = categoryOf(id);
    byCategory.set(category, (byCategory.get(category) ?? 0) + us);
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/.*node_modules\//, '').replace(/.*\/dist\//, 'dist/')}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  }
  return { byCategory, byFunction, idle };
}

async function waitFor(url) {
  for (let i = 0; i < 200; i += 1) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer`);
}

/** Runs `script` under the profiler while autocannon sends `request`; returns the split and the request count. */
async function profileOne(system, script, env, port, request) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-profile-'));
  const spawned = performance.now();
  const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}${system === 'floor' ? '/q/none' : '/healthz'}`);
    const target = {
      url: `${base}${request.path}`,
      method: request.method,
      headers: request.headers,
      body: request.body,
    };
    await autocannon({ ...target, connections: CONNECTIONS, duration: 1 }); // warm-up: JIT, pools
    const started = performance.now();
    const result = await autocannon({ ...target, connections: CONNECTIONS, duration: SECONDS });
    const ended = performance.now();
    const seconds = (ended - started) / 1000;
    if (result.non2xx || result.errors) throw new Error(`${system}: ${result.non2xx + result.errors} failed requests`);
    child.kill('SIGINT');
    await exited;
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error(`${system} wrote no profile`);
    // Only the measured run's samples: start-up and warm-up are left out (the profile starts
    // with the process, a few milliseconds after the spawn; that much of the warm-up's tail may
    // count).
    const total = result.requests.total;
    const s = split(
      JSON.parse(readFileSync(path.join(dir, file), 'utf8')),
      (started - spawned) * 1000,
      (ended - spawned) * 1000,
    );
    return { requests: total, rps: Math.round(total / seconds), ...s };
  } finally {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (us, n) => Math.round((us / 1000 / n) * 1000) / 1000;

async function main() {
  await createSeededDatabase(ADMIN_URL, DB, log);
  const graphqlQuestions = QUESTIONS.map((q) => ({
    key: q.key,
    name: q.name,
    atlas: {
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q.atlas[0] }),
    },
  }));
  const mapQuestions = MAP_QUESTIONS.map((q) => ({ key: q.key, name: q.name, atlas: { path: q.path, method: 'GET' } }));
  const questions = [...graphqlQuestions, ...mapQuestions].filter((q) => !ONLY?.length || ONLY.includes(q.key));
  const atlasEnv = {
    DATABASE_URL: dbUrl,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    GRAPHIQL: 'false',
    NODE_ENV: 'production',
    RESPONSE_CACHE_BYTES: '0',
    TILE_CACHE_BYTES: '0',
  };
  const results = [];
  for (const q of questions) {
    log(q.key, 'atlas');
    const atlas = await profileOne('atlas', path.join(ROOT, 'dist', 'main.js'), atlasEnv, 4611, q.atlas);
    log(q.key, 'floor');
    const floor = await profileOne('floor', path.join(ROOT, 'bench', 'floor.mjs'), { DATABASE_URL: dbUrl }, 4612, {
      path: `/q/${q.key}`,
      method: 'GET',
    });
    results.push({ ...q, atlas, floor });
  }

  const names = [...new Set(results.flatMap((r) => [...r.atlas.byCategory.keys(), ...r.floor.byCategory.keys()]))];
  const order = [...CATEGORIES.map(([n]) => n), ...names.filter((n) => !CATEGORIES.some(([c]) => c === n))];
  const lines = [
    `Where the time goes (\`npm run bench:profile\`, ${new Date().toISOString()}, ${os.cpus().length} cores, Node ${process.version}; concurrency ${CONNECTIONS}, ${SECONDS} s per system and question, response cache off).`,
    '',
    'CPU milliseconds of the server process per request during the measured run (start-up and warm-up left out), by what it was doing (a sample counts for the first category met from the sampled function up its stack). "busy" is all of them; the rest of the wall time the process waited (on PostgreSQL, on the client). The floor (bench/floor.mjs) is one hand-written statement through `pg` behind a bare HTTP server.',
    '',
  ];
  for (const r of results) {
    lines.push(`### ${r.name}`, '');
    lines.push(
      `atlas ${r.atlas.rps} req/s, floor ${r.floor.rps} req/s (under the profiler); busy ms per request: atlas ${ms(sum(r.atlas.byCategory), r.atlas.requests)}, floor ${ms(sum(r.floor.byCategory), r.floor.requests)}`,
      '',
      '| what | atlas ms/request | floor ms/request |',
      '|---|---|---|',
    );
    for (const n of order) {
      const a = r.atlas.byCategory.get(n) ?? 0;
      const f = r.floor.byCategory.get(n) ?? 0;
      if (a === 0 && f === 0) continue;
      lines.push(`| ${n} | ${ms(a, r.atlas.requests)} | ${ms(f, r.floor.requests)} |`);
    }
    lines.push('', 'Atlas, the ten functions with the most self time (ms/request):', '');
    for (const [name, us] of [...r.atlas.byFunction].sort((a, b) => b[1] - a[1]).slice(0, 10))
      lines.push(`- ${ms(us, r.atlas.requests)} \`${name}\``);
    lines.push('');
  }
  const out = path.join(ROOT, 'bench', 'results', `profile-${LABEL}`);
  writeFileSync(`${out}.md`, `${lines.join('\n')}\n`);
  writeFileSync(
    `${out}.json`,
    `${JSON.stringify(
      results.map((r) => ({
        key: r.key,
        name: r.name,
        ...Object.fromEntries(
          ['atlas', 'floor'].map((s) => [
            s,
            {
              rps: r[s].rps,
              requests: r[s].requests,
              busyMsPerRequest: ms(sum(r[s].byCategory), r[s].requests),
              msPerRequest: Object.fromEntries([...r[s].byCategory].map(([k, v]) => [k, ms(v, r[s].requests)])),
            },
          ]),
        ),
      })),
      null,
      2,
    )}\n`,
  );
  log('wrote', `${out}.md`);
}

function sum(map) {
  let total = 0;
  for (const v of map.values()) total += v;
  return total;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
