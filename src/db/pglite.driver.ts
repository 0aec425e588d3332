/**
 * The embedded driver: PGlite (PostgreSQL compiled to WebAssembly) with the PostGIS extension,
 * persisted in a directory (or in memory when dataDir is null). PGlite runs one statement at a
 * time and a transaction holds it exclusively, so readers never see a half-loaded import.
 */
import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction as PGliteTransaction } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import type { Logger } from '../logger';
import type { Db, Transaction } from './db';
import { compile, type SQLQuery } from './sql';

export interface PgliteOptions {
  /** Start from a dump made by `dumpPglite` instead of an empty or persisted directory. */
  loadDataDir?: Blob;
}

export async function openPglite(dataDir: string | null, log: Logger, options: PgliteOptions = {}): Promise<Db & { dump(): Promise<Blob> }> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir ?? undefined, { extensions: { postgis }, loadDataDir: options.loadDataDir });
  let closed = false;

  async function run<R>(client: PGlite | PGliteTransaction, name: string, query: SQLQuery): Promise<R[]> {
    const { text, values } = compile(query);
    const started = performance.now();
    const result = await client.query<R>(text, values);
    // PGlite can end a statement that failed inside an extension (a GEOS exception) with an empty
    // result and no error. A SELECT always describes its columns, so no columns means it failed.
    if (result.fields.length === 0 && /^\s*select\b/i.test(text)) {
      throw new Error(`statement ${name} failed inside the embedded database (no result description returned)`);
    }
    log.debug({ statement: name, ms: +(performance.now() - started).toFixed(2), rows: result.rows.length, sql: text }, 'sql');
    return result.rows;
  }

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
    /** The whole database as a tarball, to start copies of it (tests start from one). */
    dump: () => pglite.dumpDataDir('none'),
    async close() {
      if (closed) return;
      closed = true;
      await pglite.close();
    },
  };
}
