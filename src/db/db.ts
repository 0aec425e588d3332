/**
 * The one database interface the rest of the code uses. Two drivers implement it: `pg` (a real
 * PostgreSQL + PostGIS server) and PGlite + PostGIS (embedded). Every statement has a name, used
 * in logs and counted by observers (tests assert statement counts through `observe`).
 */
import type { Logger } from '../logger';
import { compile, type SQLQuery } from './sql';

export type DriverName = 'pg' | 'pglite';

export interface Queryable {
  /** Runs one parameterised statement and returns its rows. `name` says what it asks. */
  query<R extends object = Record<string, unknown>>(name: string, query: SQLQuery): Promise<R[]>;
}

export interface Transaction extends Queryable {
  /** Runs trusted, multi-statement SQL text from the repository (migrations only). */
  exec(text: string): Promise<void>;
}

export interface TransactionOptions {
  /**
   * The transaction writes. After enterReadOnly a Db's transactions are read-only and run as the
   * reader role; a write transaction runs as the login the Db connected with (SET LOCAL ROLE
   * NONE, SET TRANSACTION READ WRITE), for the trusted writers only: migrations, the seed load,
   * imports and restores (an embedded server runs them in its own process).
   */
  write?: boolean;
}

export interface Db extends Queryable {
  readonly driver: DriverName;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Transaction) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Cheap round-trip used by readiness checks. */
  ping(): Promise<void>;
  /** Connections in use and waiting, for metrics. */
  poolStats(): { total: number; idle: number; waiting: number };
  /** Bytes of memory the database holds inside this process (the embedded one's WebAssembly heap); 0 for a server. */
  memoryBytes?(): number;
  /**
   * From now on serve through `role` with read-only transactions: every later statement of
   * this Db runs as a role that can only SELECT (db/migrations/0007_reader_role.sql).
   */
  enterReadOnly(role: string): Promise<void>;
  /**
   * Calls `onNotify` with the payload of every NOTIFY on `channel` (LISTEN on a connection of its
   * own, reconnected when it drops; after a reconnect it is called once with an empty payload,
   * since a notification sent while the link was down is lost). Resolves to a function that stops
   * listening.
   */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface StatementEvent {
  name: string;
  durationMs: number;
  rows: number;
}

export type StatementObserver = (event: StatementEvent) => void;

/** Runs one statement: `name`, `query`, and the Queryable it goes to. */
type StatementRunner = (name: string, query: SQLQuery, target: Queryable) => Promise<object[]>;

/** The same Db with every statement, inside transactions too, passed through `run`. */
function wrapStatements(db: Db, run: StatementRunner): Db {
  const through = (target: Queryable): Queryable['query'] =>
    ((name: string, query: SQLQuery) => run(name, query, target)) as Queryable['query'];
  return {
    driver: db.driver,
    query: through(db),
    transaction: (fn, options) =>
      db.transaction((tx) => fn({ exec: (text) => tx.exec(text), query: through(tx) }), options),
    ping: () => db.ping(),
    poolStats: () => db.poolStats(),
    memoryBytes: () => db.memoryBytes?.() ?? 0,
    enterReadOnly: (role) => db.enterReadOnly(role),
    listen: (channel, onNotify) => db.listen(channel, onNotify),
    close: () => db.close(),
  };
}

/**
 * Wraps a Db so that every statement issued through it, inside transactions too, is reported to
 * `observer`. Used per request to count statements and by tests to assert the bound.
 */
export function observe(db: Db, observer: StatementObserver): Db {
  return wrapStatements(db, async (name, query, target) => {
    const started = performance.now();
    const rows = await target.query(name, query);
    observer({ name, durationMs: performance.now() - started, rows: rows.length });
    return rows;
  });
}

/**
 * Wraps a Db so that `before` runs ahead of every statement issued through it (inside
 * transactions too) and may refuse it by throwing. Used per request for its time budget.
 */
export function guard(db: Db, before: (name: string) => void): Db {
  return wrapStatements(db, async (name, query, target) => {
    before(name);
    return target.query(name, query);
  });
}

export interface StatementLogging {
  log: Logger;
  /** Statements slower than this are logged at warn with their name. */
  slowStatementMs?: number;
}

/** The statements that make a transaction a writer's when the Db serves through a read-only role. */
export const WRITE_TRANSACTION = 'set transaction read write; set local role none';

/**
 * Runs one named statement through a driver's executor: compiles it (placeholders and values),
 * times it, logs it at debug with its SQL and at warn when slow. Both drivers run every
 * statement through here.
 */
export async function runStatement<R>(
  name: string,
  query: SQLQuery,
  execute: (text: string, values: unknown[]) => Promise<R[]>,
  logging: StatementLogging,
): Promise<R[]> {
  const { text, values } = compile(query);
  const started = performance.now();
  const rows = await execute(text, values);
  const ms = +(performance.now() - started).toFixed(2);
  logging.log.debug({ statement: name, ms, rows: rows.length, sql: text }, 'sql');
  if (logging.slowStatementMs !== undefined && ms >= logging.slowStatementMs)
    logging.log.warn({ statement: name, ms, rows: rows.length }, 'slow statement');
  return rows;
}
