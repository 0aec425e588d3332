/**
 * The test database for one test file: the real server when TEST_DATABASE_URL is set, otherwise
 * a private in-memory copy of the embedded database globalSetup seeded.
 */
import { readFileSync } from 'node:fs';
import type { Db } from '../../src/db/db';
import { openPg } from '../../src/db/pg.driver';
import { openPglite } from '../../src/db/pglite.driver';
import { createLogger, type Logger } from '../../src/logger';
import { PGLITE_DUMP } from './paths';

export const testLog: Logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

export async function openTestDb(): Promise<Db> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return openPg({ connectionString: url, poolMax: 4 }, testLog);
  return openPglite(null, testLog, { loadDataDir: new Blob([readFileSync(PGLITE_DUMP)]) });
}

export const usingRealServer = (): boolean => Boolean(process.env.TEST_DATABASE_URL);
