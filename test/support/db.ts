/**
 * The test database for one test file: the real server when TEST_DATABASE_URL is set, otherwise
 * the in-memory copy of the embedded database globalSetup seeded that the files of this jest
 * worker share (support/environment.js opens it), or a private copy for a file that writes.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Db } from '../../src/db/db';
import { openPg } from '../../src/db/pg.driver';
import type { PGlite } from '@electric-sql/pglite';
import { openPglite, pgliteDb } from '../../src/db/pglite.driver';
import { sql } from '../../src/db/sql';
import { createLogger, type Logger } from '../../src/logger';
import { PGLITE_DUMP } from './paths';

export const testLog: Logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

export async function openTestDb(): Promise<Db> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return openPg({ connectionString: url, poolMax: 4 }, testLog);
  const shared = (globalThis as { atlasSharedDatabase?: () => Promise<PGlite> }).atlasSharedDatabase;
  if (shared) return pgliteDb(await shared(), testLog, { instance: 'borrowed' });
  return openPrivateTestDb();
}

/** A copy of the seeded embedded database of this file's own (for a file that writes or switches roles), or the real server. */
export async function openPrivateTestDb(): Promise<Db> {
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
