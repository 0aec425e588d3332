/**
 * The embedded driver: PGlite (PostgreSQL compiled to WebAssembly) with the PostGIS extension,
 * persisted in a directory (or in memory when dataDir is null). PGlite runs one statement at a
 * time and a transaction holds it exclusively, so readers never see a half-loaded import.
 */
import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction as PGliteTransaction } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import type { Logger } from '../logger';
import { runStatement, type Db, type Transaction } from './db';
import type { SQLQuery } from './sql';

export interface PgliteOptions {
  /** Start from a dump made by `dumpPglite` instead of an empty or persisted directory. */
  loadDataDir?: Blob;
  statementTimeoutMs?: number;
  slowStatementMs?: number;
}

export async function openPglite(dataDir: string | null, log: Logger, options: PgliteOptions = {}): Promise<Db & { dump(): Promise<Blob> }> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir ?? undefined, { extensions: { postgis }, loadDataDir: options.loadDataDir });
  let closed = false;
  if (options.statementTimeoutMs) await pglite.exec(`set statement_timeout = ${Math.trunc(options.statementTimeoutMs)}`);

  const run = <R>(client: PGlite | PGliteTransaction, name: string, query: SQLQuery): Promise<R[]> =>
    runStatement(
      name,
      query,
      async (text, values) => {
        const result = await client.query<R>(text, values);
        // PGlite can end a statement that failed inside an extension (a GEOS exception) with an
        // empty result and no error. A SELECT always describes its columns, so none means it failed.
        if (result.fields.length === 0 && /^\s*select\b/i.test(text)) {
          throw new Error(`statement ${name} failed inside the embedded database (no result description returned)`);
        }
        return result.rows;
      },
      { log, slowStatementMs: options.slowStatementMs },
    );

  return {
    driver: 'pglite',
    query: (name, query) => run(pglite, name, query),
    transaction: (fn) =>
      pglite.transaction(async (inner) => {
        const tx: Transaction = {
          query: (name, query) => run(inner, name, query),
          exec: async (text) => {
            await inner.exec(text);
          },
        };
        return fn(tx);
      }),
    async ping() {
      if (closed) throw new Error('embedded database is closed');
      await pglite.query('select 1');
    },
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
    async enterReadOnly(role) {
      await pglite.exec(`set role "${role}"; set default_transaction_read_only = on`);
    },
    async listen(channel, onNotify) {
      // In-process: notifications of this database's own transactions (PGlite has one client).
      const stop = await pglite.listen(channel, onNotify);
      // Stopping after the database closed has nothing left to stop.
      return async () => (closed ? undefined : stop().catch(() => undefined));
    },
    /** The whole database as a tarball, to start copies of it (tests start from one). */
    dump: () => pglite.dumpDataDir('none'),
    async close() {
      if (closed) return;
      closed = true;
      await pglite.close();
    },
  };
}
