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
 *   3. imports an edition on the primary with `npm run import`'s CLI (the shipped SMI 2016 file
 *      again, as edition 2015) while clients ask through HAProxy, times the commit to the moment
 *      every instance answers with it, and reads every answer for a mix of the two versions;
 *   4. ends every instance's LISTEN connection on the primary: a change committed while the
 *      links are down, and the next one after they are back, must reach every instance quickly
 *      (the data-version poll is slowed to 10 s, so only the reconnect and NOTIFY can do it);
 *   5. kills one instance (SIGKILL) under load through HAProxy: no request may fail;
 *   6. stops the standby under load: no request may fail (reads move to the primary);
 *   7. sends mixed requests through HAProxy while Redis is stopped: none may fail, and the
 *      instances must count shared-cache errors;
 *   8. starts Redis again on the same port: within 5 s a new answer of A is shared with B again;
 *   9. measures throughput again with 2 instances (after the kill) and 1 (B stopped gracefully).
 * Prints a JSON summary (also bench/results/scale-latest.json) and exits 1 when a check fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { projectRoot } from './harness';
import { createCluster, type Cluster } from './replication';
import { freePort, HOST, machine, startServer, type RunningServer } from './harness';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', HOST, '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
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

const stopProcess = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) =>
    child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM')),
  );

/** 20 different questions: one district each (the codes come from the API itself). */
async function questions(base: string): Promise<string[]> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ authorities(first: 20) { nodes { code } } }' }),
  });
  const body = (await response.json()) as { data: { authorities: { nodes: Array<{ code: string }> } } };
  return body.data.authorities.nodes.map(
    (n) => `{ authority(code: "${n.code}") { name mobility { rank band } neighbours { authority { code } } } }`,
  );
}

async function ask(base: string, query: string): Promise<{ status: number; cache: string | null; body: string }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, cache: response.headers.get('x-cache'), body: await response.text() };
}

/** The data version an instance answers for: the prefix of a cacheable response's ETag. */
async function servedVersion(base: string): Promise<number> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ regions { code } }' }),
  });
  await response.arrayBuffer();
  return Number(/^"(\d+)-/.exec(response.headers.get('etag') ?? '')?.[1] ?? -1);
}

/** A counter an instance reports on /metrics (the API port here), 0 before it is first counted. */
async function counter(base: string, series: RegExp): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(series.exec(text)?.[1] ?? 0);
}

const reruns = (base: string): Promise<number> => counter(base, /^atlas_graphql_reruns_total (\d+)/m);
const sharedErrors = (base: string): Promise<number> =>
  counter(base, /^atlas_shared_cache_total\{outcome="error"\} (\d+)/m);

/** The primary's data version, as the instances read it. */
async function versionOn(client: Client): Promise<number> {
  return Number((await client.query('select version::text as v from data_version')).rows[0].v);
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
        const r = await ask(base, `{ authorities(first: 3, after: "${after}") { nodes { code name } } }`).catch(() => ({
          status: 0,
          cache: null,
          body: '',
        }));
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
          return {
            ...request,
            body: JSON.stringify({
              query: `{ authorities(filter: { withinKm: { km: 5, lon: ${lon.toFixed(4)}, lat: ${lat.toFixed(4)} } }) { nodes { code name } } }`,
            }),
          };
        },
      },
    ],
  });
  return Math.round(result.requests.average);
}

const POLL_MS = 10000;

/** The edition the scale test imports: the shipped SMI 2016 figures, loaded again under another year (as test/imports does). */
const IMPORTED = 2015;
const EDITION_CHECK = `{ editions { edition } authorities(first: 20) { nodes { code now: mobility(edition: 2016) { rank } imported: mobility(edition: ${IMPORTED}) { rank } } } }`;

interface EditionCheck {
  status: number;
  /** The data version in the ETag, when the response has one. */
  version: number | null;
  /** Does the response list the imported edition? */
  listed: boolean;
  /** Does any part of it disagree with the rest about whether the edition is loaded? */
  mixed: boolean;
}

/**
 * One answer read for consistency: the edition list and each district's rank in the imported
 * edition come from different statements and caches, so a response that took some from before
 * the import and some from after shows it here. Listed: every district has its 2015 rank (the
 * 2016 rank, since the figures are the same). Not listed: every 2015 field is the "not loaded"
 * error and none has a rank.
 */
async function editionCheck(base: string): Promise<EditionCheck> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: EDITION_CHECK }),
  });
  const etag = response.headers.get('etag');
  const body = (await response.json()) as {
    data?: {
      editions: Array<{ edition: number }>;
      authorities: { nodes: Array<{ code: string; now: { rank: number } | null; imported: { rank: number } | null }> };
    };
    errors?: Array<{ message: string; path?: unknown[] }>;
  };
  const version = etag ? Number(/^"(\d+)-/.exec(etag)?.[1] ?? NaN) : null;
  if (!body.data) return { status: response.status, version, listed: false, mixed: true };
  const listed = body.data.editions.some((e) => e.edition === IMPORTED);
  const nodes = body.data.authorities.nodes;
  const errors = body.errors ?? [];
  const consistent = listed
    ? errors.length === 0 && nodes.every((n) => n.imported !== null && n.imported.rank === n.now?.rank)
    : nodes.every((n) => n.imported === null) &&
      errors.length === nodes.length &&
      errors.every((e) => e.message.includes(`${IMPORTED} is not loaded`));
  return { status: response.status, version, listed, mixed: !consistent || nodes.length === 0 };
}

/** The primary's data version, read every 10 ms until it passes `after`: the moment a change committed. */
async function commitOf(
  primaryUrl: string,
  after: number,
  ms: number,
): Promise<{ version: number; at: number } | null> {
  const client = new Client({ connectionString: primaryUrl });
  await client.connect();
  try {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const version = await versionOn(client);
      if (version > after) return { version, at: Date.now() };
      await sleep(10);
    }
    return null;
  } finally {
    await client.end();
  }
}

const primaryVersion = async (primaryUrl: string): Promise<number> => {
  const client = new Client({ connectionString: primaryUrl });
  await client.connect();
  try {
    return await versionOn(client);
  } finally {
    await client.end();
  }
};

/** Milliseconds from `since` until every instance serves data version `version` or later (null after 10 s). */
async function everyInstanceServes(
  instances: RunningServer[],
  version: number,
  since: number,
  also: (base: string) => Promise<boolean> = async () => true,
): Promise<number | null> {
  const waiting = new Set(instances.map((s) => s.base));
  while (Date.now() - since < 10000) {
    for (const base of [...waiting])
      if ((await servedVersion(base).catch(() => -1)) >= version && (await also(base).catch(() => false)))
        waiting.delete(base);
    if (waiting.size === 0) return Date.now() - since;
    await sleep(10);
  }
  return null;
}

/**
 * Imports edition 2015 with `npm run import`'s built CLI on the primary, while 6 clients ask
 * EDITION_CHECK through HAProxy: times the commit (the primary's data version moving) to the
 * moment every instance answers with the edition, and reads every answer for a mix of versions.
 */
async function importEdition(lb: string, instances: RunningServer[], primaryUrl: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-scale-import-'));
  const mapping = path.join(dir, 'mapping.yaml');
  // The shipped file's own headers (db/sources/smi); the publication date is the 2016 edition's, as loaded.
  writeFileSync(mapping, 'district: { codeColumn: lad16cd }\noverall: { score: smi2016_score, rank: smi2016_rank }\n');
  const published = (await (
    await fetch(`${instances[0]!.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ editions { edition publishedOn } }' }),
    })
  ).json()) as { data: { editions: Array<{ edition: number; publishedOn: string }> } };
  const publishedOn = published.data.editions.find((e) => e.edition === 2016)!.publishedOn;
  const from = await primaryVersion(primaryUrl);
  const load = { sent: 0, failed: 0, mixed: 0, before: 0, after: 0, versionDisagrees: 0 };
  let loading = true;
  const clients = Array.from({ length: 6 }, async () => {
    while (loading) {
      const r = await editionCheck(lb).catch(() => ({ status: 0, version: null, listed: false, mixed: true }));
      load.sent += 1;
      if (r.status !== 200) load.failed += 1;
      else if (r.mixed) load.mixed += 1;
      else if (r.listed) load.after += 1;
      else load.before += 1;
      // An answer for the old version must not come with the new version's ETag, nor the reverse.
      if (r.version !== null && r.status === 200 && r.listed !== r.version > from) load.versionDisagrees += 1;
    }
  });
  await sleep(500);
  const committed = commitOf(primaryUrl, from, 60000);
  const child = spawn(
    process.execPath,
    [
      path.join(projectRoot(), 'dist', 'imports', 'cli', 'import.js'),
      path.join(projectRoot(), 'db', 'sources', 'smi', 'smi2016_overall_with_codes_regions.csv'),
      '--edition',
      String(IMPORTED),
      '--mapping',
      mapping,
      '--title',
      'Social Mobility Index 2016, imported again by scale:test',
      '--published-on',
      publishedOn,
    ],
    { env: { ...process.env, DATABASE_URL: primaryUrl, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  const importExit = await new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const commit = await committed;
  const everyInstanceMs = commit
    ? await everyInstanceServes(instances, commit.version, commit.at, async (base) => (await editionCheck(base)).listed)
    : null;
  await sleep(1000);
  loading = false;
  await Promise.all(clients);
  rmSync(dir, { recursive: true, force: true });
  load.mixed += load.versionDisagrees;
  // Requests that were running as the change arrived, worked out again for the new version.
  const workedOutAgain = (await Promise.all(instances.map((s) => reruns(s.base)))).reduce((a, b) => a + b, 0);
  return {
    importExit,
    importSaid: output.trim().split('\n').at(-1),
    from,
    to: commit?.version ?? null,
    everyInstanceMs,
    load,
    workedOutAgain,
  };
}

const LISTENERS =
  "select pid from pg_stat_activity where application_name like '% listener' and backend_type = 'client backend'";

/**
 * Ends every instance's LISTEN connection on the primary (pg_terminate_backend), commits a change
 * while they are down, and times it reaching every instance (the listener reconnects after 1 s
 * and re-reads the version); then, once all listen again, times the next change (NOTIFY).
 */
async function dropListeners(instances: RunningServer[], primaryUrl: string) {
  const client = new Client({ connectionString: primaryUrl });
  await client.connect();
  try {
    // Any write to a served table bumps the data version and sends NOTIFY, as an import does.
    const change = async (): Promise<{ version: number; at: number }> => {
      await client.query('update regions set name = name where code = (select min(code) from regions)');
      const at = Date.now();
      return { version: await versionOn(client), at };
    };
    const dropped = Date.now();
    const terminated = (await client.query(`select pg_terminate_backend(pid) as ok from (${LISTENERS}) l`)).rows.filter(
      (r: { ok: boolean }) => r.ok,
    ).length;
    const missed = await change();
    const missedMs = await everyInstanceServes(instances, missed.version, missed.at);
    let reconnectedMs: number | null = null;
    while (Date.now() - dropped < 10000 && reconnectedMs === null) {
      if ((await client.query(LISTENERS)).rowCount === instances.length) reconnectedMs = Date.now() - dropped;
      else await sleep(50);
    }
    const next = await change();
    const nextMs = await everyInstanceServes(instances, next.version, next.at);
    return { terminated, missedMs, reconnectedMs, nextMs };
  } finally {
    await client.end();
  }
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
    // The data-version poll is slowed to 10 s, so the times measured below are those of NOTIFY
    // (and of the listener's reconnect), not of the fallback.
    const env = {
      DATABASE_URL: cluster.primaryUrl,
      DATABASE_READ_URLS: cluster.standbyUrl,
      CACHE_URL: `redis://${HOST}:${redisPort}`,
      RESPONSE_CACHE_BYTES: String(16 * 2 ** 20),
      DATA_VERSION_POLL_MS: String(POLL_MS),
    };
    // The first migrates and loads the seed; the others start on a loaded database.
    for (let i = 0; i < 3; i++) instances.push(await startServer(env));
    const standbyReady = await (await fetch(`${instances[0]!.base}/readyz`)).json();
    summary.replicas = (standbyReady as { replicas?: unknown }).replicas;
    const [a, b, c] = instances as [RunningServer, RunningServer, RunningServer];
    const lbPort = await freePort();
    const lb = `http://${HOST}:${lbPort}`;
    haproxy = spawn('haproxy', ['-db', '-f', path.join(projectRoot(), 'deploy', 'haproxy.cfg')], {
      env: {
        ...process.env,
        ATLAS_LB_BIND: `${HOST}:${lbPort}`,
        ...Object.fromEntries(instances.map((s, i) => [`ATLAS_API_${i + 1}`, s.base.replace('http://', '')])),
      },
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
    check(
      shared === asked.length,
      `instance B answered ${shared} of ${asked.length} from the cache A filled, byte for byte`,
    );

    process.stdout.write('2. throughput through HAProxy, 3 instances\n');
    summary.throughput3 = { cold: await throughput(lb, true), warm: await throughput(lb, false) };
    process.stdout.write(
      `  cold ${(summary.throughput3 as { cold: number }).cold} req/s, warm ${(summary.throughput3 as { warm: number }).warm} req/s\n`,
    );

    process.stdout.write('3. an edition imported on the primary under load, seen by every instance\n');
    const imported = await importEdition(lb, instances, cluster.primaryUrl);
    summary.editionImport = imported;
    check(
      imported.importExit === 0,
      `npm run import loaded edition ${IMPORTED} on the primary (exit ${imported.importExit})`,
    );
    check(
      imported.everyInstanceMs !== null && imported.everyInstanceMs <= 1000,
      `every instance served edition ${IMPORTED} (data version ${imported.to}) ${imported.everyInstanceMs === null ? 'not within 10 s' : `${imported.everyInstanceMs} ms after the commit`}`,
    );
    check(
      imported.load.mixed === 0 &&
        imported.load.failed === 0 &&
        imported.load.sent > 0 &&
        imported.load.before > 0 &&
        imported.load.after > 0,
      `during the import ${imported.load.sent} requests through HAProxy (${imported.load.before} answered for the old version, ${imported.load.after} for the new, ${imported.workedOutAgain} worked out again as the change arrived): ${imported.load.mixed} mixed two versions, ${imported.load.failed} failed`,
    );

    process.stdout.write('4. the LISTEN link to the primary dropped\n');
    const relisten = await dropListeners(instances, cluster.primaryUrl);
    summary.listenDrop = relisten;
    check(
      relisten.terminated === instances.length,
      `the primary ended ${relisten.terminated} listener connections (one per instance)`,
    );
    check(
      relisten.missedMs !== null && relisten.missedMs < POLL_MS / 2,
      `a change committed while the links were down reached every instance ${relisten.missedMs === null ? 'not within 10 s' : `${relisten.missedMs} ms after the commit`} (on reconnecting, not by the ${POLL_MS / 1000} s poll)`,
    );
    check(
      relisten.reconnectedMs !== null,
      `every instance listened again ${relisten.reconnectedMs === null ? 'not within 10 s' : `${relisten.reconnectedMs} ms after the drop`}`,
    );
    check(
      relisten.nextMs !== null && relisten.nextMs <= 1000,
      `the next change reached every instance by NOTIFY ${relisten.nextMs === null ? 'not within 10 s' : `${relisten.nextMs} ms after the commit`}`,
    );

    process.stdout.write('5. one instance killed under load\n');
    const killed = load(lb, 4000, 8);
    await sleep(1500);
    c.child.kill('SIGKILL');
    const afterKill = await killed;
    summary.instanceKill = afterKill;
    check(
      afterKill.failed === 0 && afterKill.sent > 0,
      `instance C killed mid-load: ${afterKill.sent} requests through HAProxy, ${afterKill.failed} failed`,
    );
    summary.throughput2 = { cold: await throughput(lb, true), warm: await throughput(lb, false) };

    process.stdout.write('6. the standby stopped under load\n');
    const standbyLoad = load(lb, 4000, 8, 600);
    await sleep(1000);
    cluster.stopStandby();
    const standbyDown = await standbyLoad;
    const degraded = (await (await fetch(`${a.base}/readyz`)).json()) as { degraded?: boolean };
    summary.standbyDown = { ...standbyDown, degraded: degraded.degraded === true };
    check(
      standbyDown.failed === 0 && standbyDown.sent > 0,
      `standby stopped mid-load: ${standbyDown.sent} requests through HAProxy, ${standbyDown.failed} failed`,
    );
    check(degraded.degraded === true, 'the instances report themselves degraded but ready');
    cluster.startStandby();

    process.stdout.write('7. Redis stopped under load\n');
    const errorsBefore = [await sharedErrors(a.base), await sharedErrors(b.base)];
    await stopProcess(redis);
    const down = await load(lb, 3000, 8, 1000);
    const errorsAfter = [await sharedErrors(a.base), await sharedErrors(b.base)];
    summary.redisDown = { ...down, sharedCacheErrors: errorsAfter.map((n, i) => n - errorsBefore[i]!) };
    check(
      down.failed === 0 && down.sent > 0,
      `with Redis down, ${down.sent} requests through HAProxy and ${down.failed} failed`,
    );
    check(
      errorsAfter.every((n, i) => n > errorsBefore[i]!),
      `both remaining instances counted shared-cache errors (${errorsAfter.map((n, i) => n - errorsBefore[i]!).join(', ')})`,
    );

    process.stdout.write('8. Redis back\n');
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
    check(
      reshared,
      `answers are shared again ${reshared ? `${Date.now() - started} ms` : 'not within 5 s'} after Redis restarted`,
    );

    process.stdout.write('9. throughput by instance count\n');
    await b.stop(); // a graceful stop: HAProxy moves away on /readyz and its retries
    await sleep(1500);
    summary.throughput1 = { cold: await throughput(lb, true), warm: await throughput(lb, false) };
    for (const n of [3, 2, 1]) {
      const t = summary[`throughput${n}`] as { cold: number; warm: number };
      process.stdout.write(`  ${n} instance(s): cold ${t.cold} req/s, warm ${t.warm} req/s\n`);
    }
  } finally {
    if (haproxy) await stopProcess(haproxy);
    for (const s of instances)
      if (s.child.exitCode === null && s.child.signalCode === null) await s.stop().catch(() => undefined);
    cluster?.destroy();
    await stopProcess(redis);
  }
  summary.failures = failures;
  writeFileSync(
    path.join(projectRoot(), 'bench', 'results', 'scale-latest.json'),
    `${JSON.stringify(summary, null, 2)}\n`,
  );
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  if (failures.length) process.exit(1);
}

main().catch((err: Error) => {
  process.stderr.write(`scale:test failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
