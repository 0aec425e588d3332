/**
 * `npm run measure:nested [-- --runs 20]`: latency of two nested questions against the configured
 * database (embedded, or DATABASE_URL), through the real HTTP server on loopback: the
 * all-districts spatial one (every ranked district with its neighbours and nearest hotspot, each
 * with its region), and the areas one (every county with its summary and its districts, each
 * with its band, region and council of today). Prints each one's statement count and p50/p95/max
 * of the runs after one warm-up; a measurement for notes and bench/README.md, not a benchmark against
 * peers (that is bench/).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig, projectRoot } from '../../config';
import { openDb } from '../../db';
import { defaultMigrationsDir, prepareDatabase } from '../../imports';
import { createLogger } from '../../logger';
import { createServer } from '../http';

const SPATIAL = `{
  authorities(first: 324, filter: { rankFrom: 1 }, orderBy: RANK_ASC) {
    nodes {
      code region { name }
      neighbours { kind sharedBorderKm gapKm hops authority { code name region { name } } }
      nearestHotspot { distanceKm authority { code name region { name } } }
    }
  }
}`;

const AREAS = `{
  areas(kind: COUNTY, first: 100) {
    nodes {
      code name
      summary { districtCount hotspotCount coldspotCount population populationWeightedScore }
      districts { code name mobility { rank band } region { name } successor { code name } }
    }
  }
}`;

const QUESTIONS: { name: string; query: string; check: (data: any) => boolean }[] = [
  {
    name: 'all ranked districts with neighbours and nearest hotspot',
    query: SPATIAL,
    check: (d) => d?.authorities?.nodes?.length === 324,
  },
  { name: 'every county with its summary and districts', query: AREAS, check: (d) => d?.areas?.nodes?.length === 27 },
];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
  const runs = Number(values.runs);
  const config = loadConfig();
  const log = createLogger('warn');
  const db = await openDb(
    {
      databaseUrl: config.databaseUrl,
      poolMax: 4,
      pgliteDataDir: config.pgliteDataDir,
      owner: { command: 'npm run measure:nested' },
    },
    log,
  );
  await prepareDatabase(
    db,
    { migrationsDir: defaultMigrationsDir(projectRoot()), seedDir: config.seedDir, load: 'missing' },
    log,
  );
  // Caches off: each run is worked out, not answered from memory.
  const server = await createServer({
    db,
    log,
    config: {
      ...config,
      graphiql: false,
      introspection: false,
      referenceCacheMs: 0,
      responseCacheBytes: 0,
      geometryCacheBytes: 0,
    },
  });
  const { port } = await server.listen(0, '127.0.0.1');
  const once = async (q: (typeof QUESTIONS)[number]): Promise<{ ms: number; statements: number }> => {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q.query }),
    });
    const body = (await response.json()) as { errors?: unknown; data?: unknown };
    if (body.errors || !q.check(body.data))
      throw new Error(`unexpected response: ${JSON.stringify(body).slice(0, 300)}`);
    return { ms: performance.now() - started, statements: Number(response.headers.get('x-sql-statements')) };
  };
  for (const q of QUESTIONS) {
    await once(q);
    const samples: number[] = [];
    let statements = 0;
    for (let i = 0; i < runs; i += 1) {
      const r = await once(q);
      samples.push(r.ms);
      statements = r.statements;
    }
    samples.sort((a, b) => a - b);
    const pick = (p: number): string =>
      samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!.toFixed(1);
    process.stdout.write(
      `${JSON.stringify({ question: q.name, database: db.driver, runs, statements, p50Ms: Number(pick(0.5)), p95Ms: Number(pick(0.95)), maxMs: Number(samples.at(-1)!.toFixed(1)) })}\n`,
    );
  }
  await server.stop();
  await db.close();
}

main().catch((err: unknown) => {
  process.stderr.write(`measure failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
