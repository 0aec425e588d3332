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
    if (!(await db.awaitReplay(next, REPLAY_WAIT_MS))) log.warn({ version: next, waitedMs: REPLAY_WAIT_MS }, 'no read replica has replayed the new data version yet: reading from the primary');
    db.requireVersion(next);
  };
  let version = await currentDataVersion(source);
  await settle(version);
  const refresh = async (): Promise<number> => {
    const next = await currentDataVersion(source);
    if (next !== version) {
      await settle(next);
      log.info({ from: version, to: next }, 'data version changed');
    }
    version = next;
    return version;
  };
  const stopListening = await db.listen(DATA_VERSION_CHANNEL, () => void refresh().catch((err: Error) => log.warn({ err: err.message }, 'data version refresh failed')));
  const poll = pollMs > 0 ? setInterval(() => void refresh().catch(() => undefined), pollMs).unref() : undefined;
  return {
    current: () => version,
    refresh,
    async stop() {
      clearInterval(poll);
      await stopListening();
    },
  };
}
