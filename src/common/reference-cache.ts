/**
 * A small process-wide cache for reference data that changes only on import (editions, regions,
 * sources), so a request does not spend a statement on each. Entries are kept per data version
 * (so an import shows at once) and for at most `ttlMs` (a bound for a database changed outside
 * the version trigger). ttlMs = 0 turns caching off.
 */
export class ReferenceCache {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();

  constructor(private readonly ttlMs: number) {}

  get<T>(key: string, fetch: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return fetch();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value as Promise<T>;
    const value = fetch();
    this.entries.set(key, { at: now, value });
    value.catch(() => this.entries.delete(key)); // never cache a failure
    return value;
  }

  /** The cache as seen by one request: keys are scoped to the data version it answers for. */
  forVersion(version: number): Pick<ReferenceCache, 'get'> {
    return { get: (key, fetch) => this.get(`${version}:${key}`, fetch) };
  }
}
