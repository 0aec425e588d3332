/** Opens the configured database: `pg` when a URL is given, embedded PGlite otherwise. */
import type { Logger } from '../logger';
import type { Db } from './db';
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
}

export async function openDb(options: OpenOptions, log: Logger): Promise<Db> {
  const dbLog = log.child({ module: 'db' });
  if (options.databaseUrl) {
    dbLog.info({ driver: 'pg' }, 'using PostgreSQL server');
    return openPg(
      { connectionString: options.databaseUrl, poolMax: options.poolMax ?? 10, statementTimeoutMs: options.statementTimeoutMs, slowStatementMs: options.slowStatementMs },
      dbLog,
    );
  }
  dbLog.info({ driver: 'pglite', dataDir: options.pgliteDataDir ?? 'memory' }, 'using embedded PGlite + PostGIS');
  return openPglite(options.pgliteDataDir, dbLog, {
    statementTimeoutMs: options.statementTimeoutMs,
    slowStatementMs: options.slowStatementMs,
    sharedBuffers: options.pgliteMemory?.sharedBuffers,
    workMem: options.pgliteMemory?.workMem,
    snapshot: options.pgliteSnapshot,
  });
}
