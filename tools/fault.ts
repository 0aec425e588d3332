/**
 * `npm run fault [-- --seconds 40 --outage 5]`: load on 127.0.0.1 while the local PostgreSQL
 * server is stopped for `outage` seconds and started again (pg_ctlcluster, as root on this
 * machine). Counts the requests that failed, watches /readyz report the outage, and measures
 * how long the API takes to serve again after the database is back, without a restart.
 * Needs DATABASE_URL pointing at 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from './harness';
import { load, machine, startServer } from './harness';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { seconds: { type: 'string', default: '40' }, outage: { type: 'string', default: '5' } },
  });
  const url = process.env.DATABASE_URL;
  if (!url || !/@(127\.0\.0\.1|localhost)[:/]/.test(url))
    throw new Error('set DATABASE_URL to a PostgreSQL server on 127.0.0.1 (this run stops and starts it)');
  const seconds = Math.min(300, Math.max(20, Number(values.seconds)));
  const outageSeconds = Math.min(60, Math.max(1, Number(values.outage)));
  const cluster = readdirSync('/etc/postgresql')[0];
  if (!cluster) throw new Error('no PostgreSQL cluster in /etc/postgresql');
  const ctl = (action: 'stop' | 'start') =>
    execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', action], { stdio: 'inherit' });

  const server = await startServer({ DATABASE_URL: url });
  const timeline: { t: number; ready: number }[] = [];
  const started = Date.now();
  let polling = true;
  const poll = (async () => {
    while (polling) {
      let status: number;
      try {
        status = (await fetch(`${server.base}/readyz`, { signal: AbortSignal.timeout(1000) })).status;
      } catch {
        status = 0;
      }
      timeline.push({ t: Date.now() - started, ready: status });
      await sleep(200);
    }
  })();
  try {
    const loadRun = load(server.base, seconds, 8);
    await sleep(Math.floor((seconds * 1000) / 4));
    const stoppedAt = Date.now() - started;
    ctl('stop');
    await sleep(outageSeconds * 1000);
    ctl('start');
    const restartedAt = Date.now() - started;
    const result = await loadRun;
    polling = false;
    await poll;
    const firstNotReady = timeline.find((p) => p.t >= stoppedAt && p.ready !== 200);
    const recovered = timeline.find((p) => p.t >= restartedAt && p.ready === 200);
    const check = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ authority(code: "E09000033") { name } }' }),
    });
    const servesAgain = check.ok && JSON.stringify(await check.json()).includes('Westminster');
    const report = {
      date: new Date().toISOString(),
      machine: machine(),
      seconds,
      outageSeconds,
      databaseStoppedAtMs: stoppedAt,
      databaseStartedAtMs: restartedAt,
      readyzReportedOutage: Boolean(firstNotReady),
      readyzNotReadyAtMs: firstNotReady?.t ?? null,
      recoveryMsAfterDatabaseStart: recovered ? recovered.t - restartedAt : null,
      servesAgainWithoutRestart: servesAgain,
      ...result,
      failedRequests: result.errors + result.non2xx + result.graphqlErrors + result.timeouts,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(
      path.join(projectRoot(), 'bench', 'results', 'fault-latest.json'),
      `${JSON.stringify(report, null, 2)}\n`,
    );
    return servesAgain && report.readyzReportedOutage ? 0 : 1;
  } finally {
    polling = false;
    try {
      execFileSync('pg_isready', ['-q', '-h', '127.0.0.1']);
    } catch {
      ctl('start');
    }
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`fault failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
