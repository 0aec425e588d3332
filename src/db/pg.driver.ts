/** The `pg` driver: a connection pool to a real PostgreSQL + PostGIS server. */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../logger';
import { runStatement, WRITE_TRANSACTION, type Db, type Transaction } from './db';
import type { SQLQuery } from './sql';

export interface PgOptions {
  connectionString: string;
  poolMax: number;
  applicationName?: string;
  /** Per-statement timeout in the database (statement_timeout), ms. */
  statementTimeoutMs?: number;
  /** Statements slower than this are logged at warn with their name. */
  slowStatementMs?: number;
}

/**
 * Statements run as named prepared statements, named by their text: each connection parses a
 * shape of statement once and PostgreSQL can reuse its plan; only the values travel after that.
 * The texts are the code's own statements, whose shapes are few; values are always parameters.
 */
const preparedNames = new Map<string, string>();
function preparedName(text: string): string {
  let name = preparedNames.get(text);
  if (!name) {
    name = `atlas_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    if (preparedNames.size < 10000) preparedNames.set(text, name);
  }
  return name;
}

export function openPg(options: PgOptions, log: Logger): Db {
  let readOnlyRole: string | null = null;
  const createPool = (): pg.Pool => {
    const created = new pg.Pool({
      connectionString: options.connectionString,
      max: options.poolMax,
      application_name: options.applicationName ?? 'mobility-atlas',
      statement_timeout: options.statementTimeoutMs,
      connectionTimeoutMillis: 5000,
      // Serving connections start as the read-only role, in read-only transactions (startup
      // options, so no statement can run before them). Role names come from validated config.
      options: [
        // A prepared statement is planned once, not again for each set of values: the API's
        // statements are few and index-driven, so the generic plan is the plan (and planning,
        // with PostGIS functions in them, costs more than running them).
        '-c plan_cache_mode=force_generic_plan',
        ...(readOnlyRole ? [`-c role=${readOnlyRole}`, '-c default_transaction_read_only=on'] : []),
      ].join(' '),
    });
    // An idle client that loses its connection (database restart) must not crash the process.
    created.on('error', (err) => log.warn({ err: err.message }, 'idle database connection lost'));
    return created;
  };
  let pool = createPool();

  const run = <R>(client: pg.Pool | pg.PoolClient, name: string, query: SQLQuery): Promise<R[]> =>
    runStatement(
      name,
      query,
      async (text, values) => (await client.query({ name: preparedName(text), text, values })).rows as R[],
      { log, slowStatementMs: options.slowStatementMs },
    );

  return {
    driver: 'pg',
    query: (name, query) => run(pool, name, query),
    async transaction(fn, txOptions) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        if (txOptions?.write && readOnlyRole) await client.query(WRITE_TRANSACTION);
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
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async enterReadOnly(role) {
      const old = pool;
      readOnlyRole = role;
      pool = createPool();
      // Check now that the role exists and this login may use it, rather than on first request.
      const client = await pool.connect();
      client.release();
      await old.end();
    },
    async listen(channel, onNotify) {
      // A connection of its own, outside the pool: LISTEN lasts as long as the connection does.
      let client: pg.Client | null = null;
      let stopped = false;
      let retry: NodeJS.Timeout | undefined;
      let firstAttempt = true;
      const connect = async (): Promise<void> => {
        const c = new pg.Client({
          connectionString: options.connectionString,
          application_name: `${options.applicationName ?? 'mobility-atlas'} listener`,
        });
        c.on('notification', (n) => {
          if (n.channel === channel) onNotify(n.payload ?? '');
        });
        c.on('error', (err) => {
          log.warn({ err: err.message, channel }, 'listener connection lost; reconnecting');
          void c.end().catch(() => undefined);
          if (!stopped) retry = setTimeout(() => void connect().catch(() => undefined), 1000).unref();
        });
        try {
          await c.connect();
          await c.query(`listen "${channel.replace(/"/g, '')}"`);
          // After a reconnect, a NOTIFY sent while the link was down is lost: tell the listener
          // once, so it re-reads what it watches rather than wait for its next poll.
          if (!firstAttempt) {
            log.info({ channel }, 'listener connection restored');
            onNotify('');
          }
          client = c;
        } catch (err) {
          log.warn({ err: (err as Error).message, channel }, 'cannot listen yet; retrying');
          void c.end().catch(() => undefined);
          if (!stopped) retry = setTimeout(() => void connect().catch(() => undefined), 1000).unref();
        } finally {
          firstAttempt = false;
        }
      };
      await connect();
      return async () => {
        stopped = true;
        clearTimeout(retry);
        await client?.end().catch(() => undefined);
      };
    },
    close: () => pool.end(),
  };
}
