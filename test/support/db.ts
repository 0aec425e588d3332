/**
 * The test database for one test file: the real server when TEST_DATABASE_URL is set, otherwise
 * a private in-memory copy of the embedded database globalSetup seeded.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Db } from '../../src/db/db';
import { openPg } from '../../src/db/pg.driver';
import { openPglite } from '../../src/db/pglite.driver';
import { sql } from '../../src/db/sql';
import { createLogger, type Logger } from '../../src/logger';
import { PGLITE_DUMP } from './paths';

export const testLog: Logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

export async function openTestDb(): Promise<Db> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return openPg({ connectionString: url, poolMax: 4 }, testLog);
  return openPglite(null, testLog, { loadDataDir: new Blob([readFileSync(PGLITE_DUMP)]) });
}

/**
 * Writes the embedded database globalSetup seeded into `dir`, so a process can open it from disk
 * (as `npm start` and `npm run import` do) without migrating and loading the seed again.
 */
export async function restoreTestDb(dir: string): Promise<void> {
  const db = await openPglite(dir, testLog, { loadDataDir: new Blob([readFileSync(PGLITE_DUMP)]) });
  await db.close();
}

/**
 * A private embedded PostGIS database to compute in, for the seed build and the derivations,
 * which use temporary tables only: a copy of the seeded dump when there is one (it saves creating
 * the extension again; a run on PostgreSQL builds none), else a new one.
 */
export async function openWorkspaceDb(): Promise<Db> {
  if (existsSync(PGLITE_DUMP)) return openPglite(null, testLog, { loadDataDir: new Blob([readFileSync(PGLITE_DUMP)]) });
  const db = await openPglite(null, testLog);
  await db.query('createPostgis', sql.query`create extension postgis`);
  return db;
}

export const usingRealServer = (): boolean => Boolean(process.env.TEST_DATABASE_URL);
