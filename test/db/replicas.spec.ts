/**
 * Reads on read replicas (db/replicas.ts), shown with real databases standing in for replicas:
 * private copies of the seeded embedded database (each its own PGlite), beside the test database
 * as the primary. Replication itself (a streaming standby replaying the primary) is the scale
 * test's; here the copies' data_version is set by hand to play a replica that is behind.
 */
import { testConfig } from '../support/config';
import { readFileSync } from 'node:fs';
import { observe, type Db } from '../../src/db/db';
import { openPglite } from '../../src/db/pglite.driver';
import { withReadReplicas, type ReplicatedDb } from '../../src/db/replicas';
import { sql } from '../../src/db/sql';
import { createServer } from '../../src/server/http';
import { openTestDb, testLog } from '../support/db';
import { PGLITE_DUMP } from '../support/paths';

let primary: Db;
const copies: Db[] = [];
const served: Record<string, number> = {};
let db: ReplicatedDb;

const copy = (): Promise<Db> => openPglite(null, testLog, { loadDataDir: new Blob([readFileSync(PGLITE_DUMP)]) });
const versionOf = async (d: Db): Promise<number> =>
  Number((await d.query<{ v: string }>('v', sql.query`select version::text as v from data_version`))[0]!.v);
const setVersion = (d: Db, v: number): Promise<unknown> =>
  d.query('setVersion', sql.query`update data_version set version = ${sql.value(v)}::bigint returning version`);
const westminster = (): Promise<Array<{ name: string }>> =>
  db.query<{ name: string }>('westminster', sql.query`select name from authorities where code = 'E09000033'`);

beforeAll(async () => {
  served.primary = 0;
  primary = observe(await openTestDb(), (e) => void (e.name === 'westminster' && (served.primary! += 1)));
  for (const name of ['r1', 'r2']) {
    const replica = await copy();
    copies.push(replica);
    served[name] = 0;
  }
  db = withReadReplicas(
    primary,
    copies.map((c, i) => ({
      name: `r${i + 1}`,
      db: observe(c, (e) => void (e.name === 'westminster' && (served[`r${i + 1}`]! += 1))),
    })),
    testLog,
    60000,
  );
  // The copies stand for replicas that have replayed what the primary has.
  const version = await versionOf(primary);
  for (const c of copies) await setVersion(c, version);
  await db.refreshReplicas();
}, 120000);
afterAll(async () => {
  await db.close();
});

beforeEach(() => {
  for (const k of Object.keys(served)) served[k] = 0;
});

describe('reads on read replicas', () => {
  it('go to the replicas in turn, not to the primary', async () => {
    db.requireVersion(await versionOf(primary));
    for (let i = 0; i < 6; i++) expect((await westminster())[0]!.name).toBe('Westminster');
    expect(served).toEqual({ r1: 3, r2: 3, primary: 0 });
  });

  it('skip a replica that has not replayed the version the instance serves', async () => {
    const version = (await versionOf(primary)) + 1;
    await setVersion(copies[0]!, version); // r1 has replayed it; r2 has not
    await db.refreshReplicas();
    db.requireVersion(version);
    for (let i = 0; i < 4; i++) await westminster();
    expect(served).toEqual({ r1: 4, r2: 0, primary: 0 });
    expect(db.replicas().map((r) => r.replayedVersion)).toEqual([version, version - 1]);
  });

  it('wait for a replica to replay a new version, and say when none has in time', async () => {
    const version = (await versionOf(copies[0]!)) + 1;
    expect(await db.awaitReplay(version, 300)).toBe(false);
    setTimeout(() => void setVersion(copies[1]!, version), 200);
    expect(await db.awaitReplay(version, 5000)).toBe(true);
    db.requireVersion(version);
    for (let i = 0; i < 3; i++) await westminster();
    expect(served).toEqual({ r1: 0, r2: 3, primary: 0 });
  });

  it('answer from the primary when no replica can, and report the instance degraded but ready', async () => {
    db.requireVersion((await versionOf(copies[1]!)) + 5);
    await westminster();
    expect(served).toEqual({ r1: 0, r2: 0, primary: 1 });
    db.requireVersion(0);
    await copies[0]!.close(); // r1 stops
    for (let i = 0; i < 4; i++) expect((await westminster())[0]!.name).toBe('Westminster');
    // The statement that met r1 down ran again on r2; none failed.
    expect(served).toEqual({ r1: 0, r2: 4, primary: 1 });
    expect(db.replicas()[0]).toMatchObject({ name: 'r1', healthy: false });
    const server = await createServer({
      db,
      log: testLog,
      config: testConfig({ graphiql: false, introspection: false, shutdownGraceMs: 1000, dataVersionPollMs: 0 }),
    });
    try {
      const { port } = await server.listen(0, '127.0.0.1');
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        status: 'ready',
        degraded: true,
        replicas: [
          { name: 'r1', healthy: false },
          { name: 'r2', healthy: true },
        ],
      });
    } finally {
      await server.stop();
    }
  });
});
