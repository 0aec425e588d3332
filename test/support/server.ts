/**
 * Real HTTP servers over one test database for a spec file: `start(options)` creates and listens
 * on 127.0.0.1 (a free port); every server started is stopped, and the database closed, after the
 * file's tests.
 */
import type { AddressInfo } from 'node:net';
import type { Db } from '../../src/db/db';
import type { Config } from '../../src/config';
import { createServer, type AtlasServer } from '../../src/server/http';
import { testConfig } from './config';
import { openTestDb, testLog } from './db';

export interface TestServers {
  /** The test database (open once beforeAll has run). */
  readonly db: Db;
  start(options?: Partial<Config>): Promise<{ server: AtlasServer; base: string }>;
}

/** Call at the top of a spec file; `defaults` apply to every server it starts. */
export function useTestServers(defaults: Partial<Config> = {}): TestServers {
  let db: Db | undefined;
  const servers: AtlasServer[] = [];
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
    await db?.close();
  });
  return {
    get db(): Db {
      if (!db) throw new Error('the test database opens in beforeAll');
      return db;
    },
    async start(options = {}) {
      const server = await createServer({ db: this.db, log: testLog, config: testConfig({ ...defaults, ...options }) });
      servers.push(server);
      const address: AddressInfo = await server.listen(0, '127.0.0.1');
      return { server, base: `http://127.0.0.1:${address.port}` };
    },
  };
}
