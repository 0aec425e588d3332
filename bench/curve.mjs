// The cost curve: how the time of the large list (bench/questions.mjs, key "large") grows with the
// rows it returns (first: 10, 100, 326) and with the editions loaded (1, 5 and 20), for the cold
// Atlas server and the hand-written floor, in a throwaway database of its own (atlas_curve).
// Editions beyond the shipped one are BENCH COPIES of it (every edition-keyed table copied under
// the years 2017, 2018, ...), made in that database only and never in the seed; the latest edition
// is what the question reads, so each copy changes the size of the tables, not the answer.
//   npm run bench:curve                 3 rounds of 3 s per point, concurrency 1
// Writes bench/results/curve-latest.json, .md and .svg (the plot drawn by vega-lite).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { createSeededDatabase, databaseUrl } from './database.mjs';
import { QUESTIONS } from './questions.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = 'atlas_curve';
const dbUrl = databaseUrl(ADMIN_URL, DB);
const ROWS = [10, 100, 326];
const EDITIONS = [1, 5, 20];
const ROUNDS = 3;
const SECONDS = 3;
const log = (...args) => console.error('[curve]', ...args);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const large = QUESTIONS.find((q) => q.key === 'large');

/** BENCH COPIES: the shipped edition copied under the next years until `count` are loaded. */
async function loadEditions(count) {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query('select min(edition)::int as first, count(*)::int as loaded from editions');
    const { first, loaded } = rows[0];
    for (let year = first + loaded; year < first + count; year += 1) {
      await client.query(
        `insert into editions (edition, title, publisher, published_on, source_id, licence, attribution, ranked_count, origin, quintile_min_ranks)
         select $1::smallint, title || ' (bench copy as ' || $1::text || ')', publisher, published_on, source_id, licence, attribution, ranked_count, 'import', quintile_min_ranks
         from editions where edition = $2`,
        [year, first],
      );
      await client.query(
        `insert into mobility_scores (edition, code, score, rank) select $1, code, score, rank from mobility_scores where edition = $2`,
        [year, first],
      );
      for (const table of ['indicators', 'life_stage_scores', 'indicator_values']) {
        const cols = (
          await client.query(
            `select string_agg(quote_ident(column_name), ', ' order by ordinal_position) as cols
             from information_schema.columns where table_schema = 'public' and table_name = $1 and column_name <> 'edition'`,
            [table],
          )
        ).rows[0].cols;
        await client.query(
          `insert into ${table} (edition, ${cols}) select $1, ${cols} from ${table} where edition = $2`,
          [year, first],
        );
      }
    }
    await client.query('commit');
    await client.query('analyze');
  } finally {
    await client.end();
  }
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

function start(script, env) {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

/** Mean ms per request at concurrency 1: the median of ROUNDS rounds. */
async function timeOne(target) {
  const rounds = [];
  await autocannon({ ...target, connections: 1, duration: 1 });
  for (let i = 0; i < ROUNDS; i += 1) {
    const r = await autocannon({ ...target, connections: 1, duration: SECONDS });
    if (r.non2xx || r.errors) throw new Error(`${target.url}: ${r.non2xx + r.errors} failed requests`);
    rounds.push(r.latency.average);
  }
  rounds.sort((a, b) => a - b);
  return Math.round(rounds[Math.floor(rounds.length / 2)] * 100) / 100;
}

async function main() {
  await createSeededDatabase(ADMIN_URL, DB, log);
  const points = [];
  for (const editions of EDITIONS) {
    await loadEditions(editions);
    const atlas = start(path.join(ROOT, 'dist', 'main.js'), {
      DATABASE_URL: dbUrl,
      PORT: '4621',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      GRAPHIQL: 'false',
      NODE_ENV: 'production',
      RESPONSE_CACHE_BYTES: '0',
    });
    const floor = start(path.join(ROOT, 'bench', 'floor.mjs'), { DATABASE_URL: dbUrl, PORT: '4622' });
    try {
      await waitFor('http://127.0.0.1:4621/healthz');
      await waitFor('http://127.0.0.1:4622/q/none');
      for (const rows of ROWS) {
        const query = large.atlas[0].replace('first: 500', `first: ${rows}`);
        const body = JSON.stringify({ query });
        // The same answer as the floor's first rows before timing.
        const answer = await (
          await fetch('http://127.0.0.1:4621/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          })
        ).json();
        const floorAnswer = await (await fetch(`http://127.0.0.1:4622/q/large`)).json();
        if (JSON.stringify(large.atlas[1](answer.data)) !== JSON.stringify(floorAnswer.slice(0, rows)))
          throw new Error(`atlas and the floor differ at ${rows} rows, ${editions} editions`);
        const atlasMs = await timeOne({
          url: 'http://127.0.0.1:4621/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        const floorMs = await timeOne({ url: `http://127.0.0.1:4622/q/large?rows=${rows}` });
        log(`${editions} editions, ${rows} rows: atlas ${atlasMs} ms, floor ${floorMs} ms`);
        points.push({ editions, rows, system: 'atlas', ms: atlasMs }, { editions, rows, system: 'floor', ms: floorMs });
      }
    } finally {
      atlas.kill('SIGTERM');
      floor.kill('SIGTERM');
      await sleep(500);
    }
  }

  const at = (system, editions, rows) =>
    points.find((p) => p.system === system && p.editions === editions && p.rows === rows).ms;
  const lines = [
    `The large list's cost curve (\`npm run bench:curve\`, ${new Date().toISOString()}, ${os.cpus().length} cores, Node ${process.version}; concurrency 1, median of ${ROUNDS} rounds of ${SECONDS} s; mean ms per request; editions beyond the first are bench copies of the shipped one).`,
    '',
    `| editions loaded | ${ROWS.map((r) => `atlas ${r} rows`).join(' | ')} | ${ROWS.map((r) => `floor ${r} rows`).join(' | ')} | atlas ÷ floor at ${ROWS.at(-1)} |`,
    `|---|${ROWS.map(() => '---').join('|')}|${ROWS.map(() => '---').join('|')}|---|`,
    ...EDITIONS.map(
      (e) =>
        `| ${e} | ${ROWS.map((r) => at('atlas', e, r)).join(' | ')} | ${ROWS.map((r) => at('floor', e, r)).join(' | ')} | ${(at('floor', e, ROWS.at(-1)) / at('atlas', e, ROWS.at(-1))).toFixed(2)} |`,
    ),
    '',
    'Plot: bench/results/curve-latest.svg (ms per request against rows, one line per system and editions loaded).',
  ];
  const out = path.join(ROOT, 'bench', 'results', 'curve-latest');
  writeFileSync(`${out}.md`, `${lines.join('\n')}\n`);
  writeFileSync(
    `${out}.json`,
    `${JSON.stringify({ date: new Date().toISOString(), rounds: ROUNDS, seconds: SECONDS, points }, null, 2)}\n`,
  );
  const spec = vegaLite.compile({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Large list: ms per request against rows returned (concurrency 1)',
    width: 480,
    height: 300,
    data: {
      values: points.map((p) => ({ ...p, series: `${p.system}, ${p.editions} edition${p.editions > 1 ? 's' : ''}` })),
    },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'rows', type: 'quantitative', title: 'rows returned' },
      y: { field: 'ms', type: 'quantitative', title: 'ms per request' },
      color: { field: 'series', type: 'nominal', title: null },
      strokeDash: { field: 'system', type: 'nominal', title: null },
    },
  }).spec;
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  writeFileSync(`${out}.svg`, await view.toSVG());
  log('wrote', `${out}.md`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
