/**
 * The version of the data this instance serves, kept current without a statement per request:
 * read at start, then updated by the NOTIFY the version trigger sends when a change commits
 * (LISTEN atlas_data_version), with polling as a fallback for a lost notification. Caches key
 * their entries by it, so a new edition is served as soon as its transaction commits.
 */
import { isReplicated, type Db } from '../db';
import type { Logger } from '../logger';
import { currentDataVersion } from './data-version.queries';

export const DATA_VERSION_CHANNEL = 'atlas_data_version';

export interface DataVersion {
  /** The version last seen; never a statement. */
  current(): number;
  /** Reads the version now (after an import in this process, or from a poll). */
  refresh(): Promise<number>;
  /** How many times a change was announced or moved to; a request that sees it move may straddle a change. */
  changes(): number;
  /** Is a change committed that the instance does not serve yet (announced, or waiting for a replica)? */
  pending(): boolean;
  /** Resolves once the instance has moved to the newest change announced so far. */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

/** How long an instance waits for its read replicas to replay a new version before serving it anyway from those that have. */
const REPLAY_WAIT_MS = 5000;

export async function watchDataVersion(db: Db, log: Logger, pollMs: number): Promise<DataVersion> {
  // With read replicas the version is the primary's, and the instance moves to it once a replica
  // it reads from has replayed it (replicas behind it are then skipped).
  const source = isReplicated(db) ? db.primary : db;
  const settle = async (next: number): Promise<void> => {
    if (!isReplicated(db)) return;
    if (!(await db.awaitReplay(next, REPLAY_WAIT_MS)))
      log.warn(
        { version: next, waitedMs: REPLAY_WAIT_MS },
        'no read replica has replayed the new data version yet: reading from the primary',
      );
    db.requireVersion(next);
  };
  let version = await currentDataVersion(source);
  await settle(version);
  let changes = 0;
  let latest: Promise<unknown> = Promise.resolve();
  // The newest version a notification announced, and the reads under way (one that found a
  // change is `moving` until the instance serves it).
  let announced = version;
  let reading = 0;
  let moving = 0;
  // Reads can overlap (a notification during a poll): only the newest one to finish moves the version.
  let started = 0;
  let applied = 0;
  const read = async (): Promise<number> => {
    const ticket = (started += 1);
    reading += 1;
    try {
      const next = await currentDataVersion(source);
      if (next !== version) {
        changes += 1; // seen: a replica may be replaying it now
        moving += 1;
        try {
          await settle(next);
          if (ticket > applied) {
            log.info({ from: version, to: next }, 'data version changed');
            version = next;
            applied = ticket;
          }
        } finally {
          moving -= 1;
          changes += 1; // moved
        }
      }
      return version;
    } finally {
      reading -= 1;
      if (reading === 0) announced = version;
    }
  };
  const refresh = (): Promise<number> => {
    const result = read();
    latest = result.catch(() => undefined);
    return result;
  };
  const stopListening = await db.listen(DATA_VERSION_CHANNEL, (payload) => {
    // The payload is the new version: count the change before the primary is even asked.
    const next = Number(payload);
    if (payload !== '' && Number.isInteger(next) && next > announced) {
      announced = next;
      changes += 1;
    }
    void refresh().catch((err: Error) => log.warn({ err: err.message }, 'data version refresh failed'));
  });
  const poll = pollMs > 0 ? setInterval(() => void refresh().catch(() => undefined), pollMs).unref() : undefined;
  return {
    current: () => version,
    refresh,
    changes: () => changes,
    pending: () => moving > 0 || announced > version,
    settled: async () => {
      await latest;
    },
    async stop() {
      clearInterval(poll);
      await stopListening();
    },
  };
}
