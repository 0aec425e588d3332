/**
 * Reads on read replicas (DATABASE_READ_URLS): a Db whose statements go to a healthy replica in
 * turn, and whose transactions, LISTEN and everything else go to the primary. A replica is
 * skipped while it is unreachable, and while it has not replayed the data version the instance
 * serves (`requireVersion`), so no answer comes from data older than the instance says it
 * serves. When no replica qualifies, the primary answers. A statement that fails to reach a
 * replica is run again on the next one (or the primary): a replica stopping mid-load costs no
 * failed request. Each replica's state is read every `pollMs` (`select version from
 * data_version`, which streaming replication brings along with the data).
 */
import type { Logger } from '../logger';
import { DatabaseClosedError, isConnectionFailure } from './connection-errors';
import type { Db } from './db';
import { sql } from './sql';

export interface Replica {
  /** How logs and /readyz name it (host:port, no credentials). */
  name: string;
  db: Db;
}

export interface ReplicaState {
  name: string;
  healthy: boolean;
  /** The data version it has replayed (-1 before its first successful read). */
  replayedVersion: number;
}

export interface ReplicatedDb extends Db {
  readonly primary: Db;
  /** From now on read only from replicas that have replayed `version`. */
  requireVersion(version: number): void;
  /**
   * Resolves once a healthy replica has replayed `version`, or none is healthy (the primary then
   * answers), or after `timeoutMs`; true when reads will see the version.
   */
  awaitReplay(version: number, timeoutMs: number): Promise<boolean>;
  replicas(): ReplicaState[];
  /** Reads every replica's state now (also done every pollMs). */
  refreshReplicas(): Promise<void>;
}

/** A replica that cannot answer: unreachable, or (an embedded stand-in, as the tests use) closed. */
const unreachable = (err: unknown): boolean =>
  isConnectionFailure(err) ||
  err instanceof DatabaseClosedError ||
  (err instanceof Error && /^PGlite is closed/.test(err.message));

export function isReplicated(db: Db): db is ReplicatedDb {
  return typeof (db as Partial<ReplicatedDb>).requireVersion === 'function';
}

export function withReadReplicas(primary: Db, replicas: Replica[], log: Logger, pollMs = 500): ReplicatedDb {
  const states = replicas.map((r) => ({ ...r, healthy: true, replayedVersion: -1 }));
  let required = 0;
  let next = 0;
  let closed = false;

  const markDown = (state: (typeof states)[number], err: Error): void => {
    if (state.healthy)
      log.warn(
        { replica: state.name, err: err.message },
        'read replica unreachable: reading elsewhere until it answers again',
      );
    state.healthy = false;
  };
  const refreshReplicas = async (): Promise<void> => {
    await Promise.all(
      states.map(async (state) => {
        try {
          const rows = await state.db.query<{ version: string }>(
            'replicaDataVersion',
            sql.query`select version::text as version from data_version`,
          );
          if (!state.healthy) log.info({ replica: state.name }, 'read replica answers again');
          state.healthy = true;
          state.replayedVersion = Number(rows[0]?.version ?? 0);
        } catch (err) {
          markDown(state, err as Error);
        }
      }),
    );
  };
  const timer = setInterval(() => void refreshReplicas(), pollMs).unref();
  const usable = (state: (typeof states)[number]): boolean => state.healthy && state.replayedVersion >= required;

  return {
    driver: primary.driver,
    primary,
    async query(name, query) {
      const start = next;
      for (let tried = 0; tried < states.length; tried++) {
        const at = (start + tried) % states.length;
        const state = states[at]!;
        if (!usable(state)) continue;
        next = (at + 1) % states.length;
        try {
          return await state.db.query(name, query);
        } catch (err) {
          if (!unreachable(err)) throw err;
          markDown(state, err as Error);
        }
      }
      return primary.query(name, query);
    },
    transaction: (fn, options) => primary.transaction(fn, options),
    ping: () => primary.ping(),
    poolStats: () => primary.poolStats(),
    memoryBytes: () => primary.memoryBytes?.() ?? 0,
    async enterReadOnly(role) {
      await primary.enterReadOnly(role);
      for (const state of states) await state.db.enterReadOnly(role).catch((err: Error) => markDown(state, err));
    },
    listen: (channel, onNotify) => primary.listen(channel, onNotify),
    requireVersion(version) {
      required = version;
    },
    async awaitReplay(version, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await refreshReplicas();
        const healthy = states.filter((s) => s.healthy);
        if (healthy.length === 0 || healthy.some((s) => s.replayedVersion >= version)) return true;
        if (closed || Date.now() >= deadline) return false;
        await new Promise((r) => setTimeout(r, Math.min(25, pollMs)));
      }
    },
    replicas: () => states.map(({ name, healthy, replayedVersion }) => ({ name, healthy, replayedVersion })),
    refreshReplicas,
    async close() {
      closed = true;
      clearInterval(timer);
      await Promise.all(states.map((s) => s.db.close().catch(() => undefined)));
      await primary.close();
    },
  };
}
