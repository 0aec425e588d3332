/**
 * Opens the configured database: `pg` when a URL is given, embedded PGlite otherwise. An embedded
 * directory is claimed first (ownership.ts) and given up when the Db closes; a claim held by
 * another live process is refused with DirectoryOwnedError naming it.
 */
import type { Logger } from '../logger';
import type { Db } from './db';
import { claimDirectory, type ClaimOptions } from './ownership';
import { openPg } from './pg.driver';
import { openPglite } from './pglite.driver';

export interface OpenOptions {
  databaseUrl: string | null;
  poolMax?: number;
  statementTimeoutMs?: number;
  slowStatementMs?: number;
  /** Directory for the embedded database; null keeps it in memory. */
  pgliteDataDir: string | null;
  /** PostgreSQL memory settings of the embedded database ('16MB'); PGlite's defaults otherwise. */
  pgliteMemory?: { sharedBuffers?: string; workMem?: string };
  /** Start the embedded database from this dump when its directory holds no database yet. */
  pgliteSnapshot?: () => Blob | undefined;
  /** Who claims the embedded directory ('npm start', 'npm run import') and the socket a server takes jobs on. */
  owner: ClaimOptions;
}

export async function openDb(options: OpenOptions, log: Logger): Promise<Db> {
  const dbLog = log.child({ module: 'db' });
  if (options.databaseUrl) {
    dbLog.info({ driver: 'pg' }, 'using PostgreSQL server');
    return openPg(
      {
        connectionString: options.databaseUrl,
        poolMax: options.poolMax ?? 10,
        statementTimeoutMs: options.statementTimeoutMs,
        slowStatementMs: options.slowStatementMs,
      },
      dbLog,
    );
  }
  dbLog.info({ driver: 'pglite', dataDir: options.pgliteDataDir ?? 'memory' }, 'using embedded PGlite + PostGIS');
  const ownership = options.pgliteDataDir ? claimDirectory(options.pgliteDataDir, options.owner, dbLog) : null;
  try {
    const db = await openPglite(options.pgliteDataDir, dbLog, {
      statementTimeoutMs: options.statementTimeoutMs,
      slowStatementMs: options.slowStatementMs,
      sharedBuffers: options.pgliteMemory?.sharedBuffers,
      workMem: options.pgliteMemory?.workMem,
      snapshot: options.pgliteSnapshot,
    });
    if (!ownership) return db;
    return {
      ...db,
      async close() {
        try {
          await db.close();
        } finally {
          ownership.release();
        }
      },
    };
  } catch (err) {
    ownership?.release();
    throw err;
  }
}
