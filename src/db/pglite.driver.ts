/**
 * The embedded driver: PGlite (PostgreSQL compiled to WebAssembly) with the PostGIS extension,
 * persisted in a directory (or in memory when dataDir is null). PGlite runs one statement at a
 * time and a transaction holds it exclusively, so readers never see a half-loaded import.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite, type Transaction as PGliteTransaction } from '@electric-sql/pglite';
import { MEMORY_SIZE } from '../config';
import type { Logger } from '../logger';
import { DatabaseClosedError } from './connection-errors';
import { runStatement, WRITE_TRANSACTION, type Db, type Transaction } from './db';
import { trimmedPostgis } from './postgis-bundle';
import type { SQLQuery } from './sql';

export interface PgliteOptions {
  /** Start from a dump made by `dumpPglite` instead of an empty or persisted directory. */
  loadDataDir?: Blob;
  /** A dump to start from when the directory holds no database yet (the seeded snapshot). */
  snapshot?: () => Blob | undefined;
  statementTimeoutMs?: number;
  slowStatementMs?: number;
  /**
   * PostgreSQL's own memory settings inside the WebAssembly heap, which grows and never shrinks:
   * `shared_buffers` (PGlite's default is 128MB; the whole database is about 20 MB) and
   * `work_mem`. Values in PostgreSQL's units ('16MB'); shared_buffers defaults to 16MB.
   */
  sharedBuffers?: string;
  workMem?: string;
}

/** Ample for a database of about 20 MB; PGlite's 128MB default mostly sits idle in the heap. */
export const DEFAULT_SHARED_BUFFERS = '16MB';

export async function openPglite(
  dataDir: string | null,
  log: Logger,
  options: PgliteOptions = {},
): Promise<Db & { dump(): Promise<Blob> }> {
  return pgliteDb(await createPglite(dataDir, log, options), log, options);
}

/** Starts PGlite with PostGIS on a directory, a dump or in memory (see PgliteOptions). */
export async function createPglite(dataDir: string | null, log: Logger, options: PgliteOptions = {}): Promise<PGlite> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const isNew = !dataDir || !existsSync(path.join(dataDir, 'PG_VERSION'));
  const loadDataDir = options.loadDataDir ?? (isNew ? options.snapshot?.() : undefined);
  if (loadDataDir && !options.loadDataDir)
    log.info({ bytes: loadDataDir.size }, 'new embedded database: starting from the seeded snapshot');
  const settings: string[] = [];
  for (const [name, value] of [
    ['shared_buffers', options.sharedBuffers ?? DEFAULT_SHARED_BUFFERS],
    ['work_mem', options.workMem],
  ] as const) {
    if (value === undefined) continue;
    if (!MEMORY_SIZE.test(value))
      throw new Error(`${name} must look like 16MB (a number and kB, MB or GB), got ${JSON.stringify(value)}`);
    settings.push('-c', `${name}=${value}`);
  }
  const pglite = await PGlite.create(dataDir ?? undefined, {
    // A database that exists (a data directory or a dump) has PostGIS created already.
    extensions: {
      postgis: trimmedPostgis(loadDataDir || !isNew ? 'runtime' : 'install', (reason) =>
        log.warn({ reason }, 'embedded PostGIS: using the full bundle'),
      ),
    },
    loadDataDir,
    startParams: [...PGlite.defaultStartParams, ...settings],
  });
  // PGlite keeps each extension's unpacked bundle (about 34 MB for PostGIS) referenced from its
  // Emscripten module after start, though the files are already in its file system by then.
  // Dropping the reference lets it be freed.
  const mod = (pglite as unknown as { mod?: { pg_extensions?: unknown } }).mod;
  if (mod && 'pg_extensions' in mod) delete mod.pg_extensions;
  if (options.statementTimeoutMs)
    await pglite.exec(`set statement_timeout = ${Math.trunc(options.statementTimeoutMs)}`);
  return pglite;
}

export interface PgliteDbOptions {
  slowStatementMs?: number;
  /**
   * Whose the PGlite is: 'own' (the default) closes it with the Db; 'borrowed' (an instance the
   * caller keeps, such as the tests' database shared by the files of a worker) leaves it open, and
   * closing the Db only stops the listeners it added. A borrowed instance may not switch roles.
   */
  instance?: 'own' | 'borrowed';
}

/** The Db interface over a running PGlite. */
export function pgliteDb(pglite: PGlite, log: Logger, options: PgliteDbOptions = {}): Db & { dump(): Promise<Blob> } {
  const mod = (pglite as unknown as { mod?: { HEAP8?: Uint8Array } }).mod;
  const borrowed = options.instance === 'borrowed';
  const listeners = new Set<() => Promise<void>>();
  let closed = false;
  let readOnly = false;

  const run = <R>(client: PGlite | PGliteTransaction, name: string, query: SQLQuery): Promise<R[]> =>
    runStatement(
      name,
      query,
      async (text, values) => {
        // A borrowed instance stays open after this Db closes; the Db itself answers no more.
        if (closed) throw new DatabaseClosedError();
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
    transaction: (fn, txOptions) =>
      pglite.transaction(async (inner) => {
        if (txOptions?.write && readOnly) await inner.exec(WRITE_TRANSACTION);
        const tx: Transaction = {
          query: (name, query) => run(inner, name, query),
          exec: async (text) => {
            await inner.exec(text);
          },
        };
        return fn(tx);
      }),
    async ping() {
      if (closed) throw new DatabaseClosedError();
      await pglite.query('select 1');
    },
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
    // The WebAssembly memory PostgreSQL runs in: it grows with the work done and never shrinks.
    memoryBytes: () => mod?.HEAP8?.byteLength ?? 0,
    async enterReadOnly(role) {
      if (borrowed)
        throw new Error(
          'a borrowed embedded database may not switch roles: it would switch them for every user of it; open one of your own',
        );
      await pglite.exec(`set role "${role}"; set default_transaction_read_only = on`);
      readOnly = true;
    },
    async listen(channel, onNotify) {
      // In-process: notifications of this database's own transactions (PGlite has one client).
      const stop = await pglite.listen(channel, onNotify);
      const unlisten = async (): Promise<void> => {
        listeners.delete(unlisten);
        await stop().catch(() => undefined);
      };
      listeners.add(unlisten);
      // Stopping after the database closed has nothing left to stop.
      return async () => (closed && !borrowed ? undefined : unlisten());
    },
    /** The whole database as a tarball, to start copies of it (tests start from one). */
    dump: () => pglite.dumpDataDir('none'),
    async close() {
      if (closed) return;
      closed = true;
      if (borrowed) {
        for (const unlisten of [...listeners]) await unlisten();
        return;
      }
      await pglite.close();
    },
  };
}
