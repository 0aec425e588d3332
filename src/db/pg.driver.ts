/** The `pg` driver: a connection pool to a real PostgreSQL + PostGIS server. */
import pg from 'pg';
import type { Logger } from '../logger';
import type { Db, Transaction } from './db';
import { compile, type SQLQuery } from './sql';

export interface PgOptions {
  connectionString: string;
  poolMax: number;
  applicationName?: string;
}

export function openPg(options: PgOptions, log: Logger): Db {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolMax,
    application_name: options.applicationName ?? 'mobility-atlas',
  });
  // An idle client that loses its connection (database restart) must not crash the process.
  pool.on('error', (err) => log.warn({ err: err.message }, 'idle database connection lost'));

  async function run<R>(client: pg.Pool | pg.PoolClient, name: string, query: SQLQuery): Promise<R[]> {
    const { text, values } = compile(query);
    const started = performance.now();
    const result = await client.query({ text, values });
    log.debug({ statement: name, ms: +(performance.now() - started).toFixed(2), rows: result.rowCount, sql: text }, 'sql');
    return result.rows as R[];
  }

  return {
    driver: 'pg',
    query: (name, query) => run(pool, name, query),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const tx: Transaction = {
          query: (name, query) => run(client, name, query),
          exec: async (text) => {
            await client.query(text);
          },
        };
        const result = await fn(tx);
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async ping() {
      await pool.query('select 1');
    },
    close: () => pool.end(),
  };
}
