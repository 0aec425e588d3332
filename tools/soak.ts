/**
 * `npm run soak [-- --seconds 60 --connections 8]`: sustained concurrent load on 127.0.0.1
 * against the built server (embedded database, or DATABASE_URL), then its figures: requests,
 * errors, p50/p99. Fails when any request fails. Bounded: at most 600 s.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from './harness';
import { load, machine, startServer } from './harness';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { seconds: { type: 'string', default: '60' }, connections: { type: 'string', default: '8' } },
  });
  const seconds = Math.min(600, Math.max(5, Number(values.seconds)));
  const connections = Math.min(64, Math.max(1, Number(values.connections)));
  const env: Record<string, string> = process.env.DATABASE_URL
    ? { DATABASE_URL: process.env.DATABASE_URL }
    : { PGLITE_DATA_DIR: '.data/soak-pglite' };
  const server = await startServer(env);
  try {
    const result = await load(server.base, seconds, connections);
    const rss = (await (await fetch(`${server.base}/metrics`)).text()).match(
      /process_resident_memory_bytes (\d+)/,
    )?.[1];
    const report = {
      date: new Date().toISOString(),
      machine: machine(),
      database: process.env.DATABASE_URL ? 'postgresql' : 'embedded pglite',
      seconds,
      connections,
      ...result,
      serverRssMb: rss ? Math.round(Number(rss) / 2 ** 20) : null,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(
      path.join(projectRoot(), 'bench', 'results', `soak-${process.env.DATABASE_URL ? 'pg' : 'pglite'}-latest.json`),
      `${JSON.stringify(report, null, 2)}\n`,
    );
    return result.errors + result.non2xx + result.graphqlErrors + result.timeouts === 0 ? 0 : 1;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`soak failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
