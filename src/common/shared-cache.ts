/**
 * The cache instances share (Redis, through ioredis), behind each instance's own in-memory cache:
 * whole responses an instance has worked out, so another can answer the same request without
 * the database. Keys carry the data version, as the in-memory cache's do, so an import makes old
 * entries unreachable; every entry also has a TTL, and entries over a size bound are not sent.
 *
 * Redis is an optimisation, never a dependency: a command is given a short timeout and no
 * offline queue, and any failure (down, slow, refused) is a miss for the caller, counted by
 * `onOutcome('error')`. ioredis reconnects in the background.
 */
import { Redis } from 'ioredis';

export type SharedOutcome = 'hit' | 'miss' | 'error' | 'stored' | 'too_large';

export interface SharedCacheOptions {
  /** redis:// or rediss:// URL. */
  url: string;
  /** Seconds an entry lives (SHARED_CACHE_TTL_S). */
  ttlSeconds: number;
  /** Entries larger than this many bytes are not sent (SHARED_CACHE_MAX_ENTRY_BYTES). */
  maxEntryBytes: number;
  /** How long a get may take before it counts as a miss, ms. */
  timeoutMs?: number;
  onOutcome?: (outcome: SharedOutcome) => void;
  onError?: (err: Error) => void;
}

export interface SharedCache {
  get(key: string): Promise<string | undefined>;
  /** Sends the entry and returns at once; a failure is counted, never thrown. */
  set(key: string, value: string): void;
  close(): Promise<void>;
}

const PREFIX = 'atlas:response:';

export function createSharedCache(o: SharedCacheOptions): SharedCache {
  const timeoutMs = o.timeoutMs ?? 100;
  const redis = new Redis(o.url, {
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: timeoutMs,
    connectTimeout: 2000,
    // How long disconnect() waits for the socket to close before destroying it: a stop must not
    // wait on a Redis that is down (its half-open socket never closes, and the wait holds the
    // process open for ioredis's default 2 s).
    disconnectTimeout: 100,
    // Reconnect forever, backing off to 2 s; the instance serves meanwhile.
    retryStrategy: (times) => Math.min(times * 100, 2000),
  });
  let lastErrorLog = 0;
  redis.on('error', (err: Error) => {
    // Connection errors repeat while Redis is down: say so at most every 10 s.
    if (Date.now() - lastErrorLog > 10000) {
      lastErrorLog = Date.now();
      o.onError?.(err);
    }
  });
  const count = (outcome: SharedOutcome): void => o.onOutcome?.(outcome);
  return {
    async get(key) {
      try {
        const value = await redis.get(PREFIX + key);
        count(value === null ? 'miss' : 'hit');
        return value ?? undefined;
      } catch {
        count('error');
        return undefined;
      }
    },
    set(key, value) {
      if (Buffer.byteLength(value) > o.maxEntryBytes) return count('too_large');
      redis.set(PREFIX + key, value, 'EX', o.ttlSeconds).then(
        () => count('stored'),
        () => count('error'),
      );
    },
    async close() {
      redis.disconnect();
    },
  };
}
