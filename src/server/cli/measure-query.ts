/**
 * `npm run measure:nested [-- --runs 20]`: latency of the all-districts nested spatial query
 * (every ranked district with its neighbours and nearest hotspot, each with its region) against
 * the configured database (embedded, or DATABASE_URL), through the real HTTP server on loopback.
 * Prints the statement count and p50/p95/max of the runs after one warm-up; a measurement for
 * notes and the README, not a benchmark against peers (that is bench/).
 */
import { parseArgs } from 'node:util';
import { loadConfig, projectRoot } from '../../config';
import { openDb } from '../../db';
import { defaultMigrationsDir, prepareDatabase } from '../../imports';
import { createLogger } from '../../logger';
import { createServer } from '../http';

const QUERY = `{
  authorities(first: 324, filter: { rankFrom: 1 }, orderBy: RANK_ASC) {
    nodes {
      code region { name }
      neighbours { kind sharedBorderKm gapKm hops authority { code name region { name } } }
      nearestHotspot { distanceKm authority { code name region { name } } }
    }
  }
}`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
  const runs = Number(values.runs);
  const config = loadConfig();
  const log = createLogger('warn');
  const db = await openDb({ databaseUrl: config.databaseUrl, poolMax: 4, pgliteDataDir: config.pgliteDataDir, owner: { command: 'npm run measure:nested' } }, log);
  await prepareDatabase(db, { migrationsDir: defaultMigrationsDir(projectRoot()), seedDir: config.seedDir, load: 'missing' }, log);
  // Caches off: each run is worked out, not answered from memory.
  const server = await createServer({ db, log, config: { ...config, graphiql: false, introspection: false, referenceCacheMs: 0, responseCacheBytes: 0, geometryCacheBytes: 0 } });
  const { port } = await server.listen(0, '127.0.0.1');
  const once = async (): Promise<{ ms: number; statements: number }> => {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    const body = (await response.json()) as { errors?: unknown; data?: { authorities: { nodes: unknown[] } } };
    if (body.errors || body.data?.authorities.nodes.length !== 324) throw new Error(`unexpected response: ${JSON.stringify(body).slice(0, 300)}`);
    return { ms: performance.now() - started, statements: Number(response.headers.get('x-sql-statements')) };
  };
  await once();
  const samples: number[] = [];
  let statements = 0;
  for (let i = 0; i < runs; i += 1) {
    const r = await once();
    samples.push(r.ms);
    statements = r.statements;
  }
  samples.sort((a, b) => a - b);
  const pick = (q: number): string => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(1);
  process.stdout.write(
    `${JSON.stringify({ database: db.driver, runs, statements, p50Ms: Number(pick(0.5)), p95Ms: Number(pick(0.95)), maxMs: Number(samples.at(-1)!.toFixed(1)) })}\n`,
  );
  await server.stop();
  await db.close();
}

main().catch((err: unknown) => {
  process.stderr.write(`measure failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
