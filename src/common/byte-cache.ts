/**
 * A process-wide cache bounded in bytes (lru-cache), for values that change only when the data
 * does: whole GraphQL responses and GeoJSON of boundaries. Callers put the data version in the
 * key, so an import makes old entries unreachable (they age out). maxBytes = 0 turns it off.
 */
import { LRUCache } from 'lru-cache';

export class ByteCache<V extends object> {
  private readonly lru: LRUCache<string, V> | null;

  constructor(
    readonly maxBytes: number,
    private readonly sizeOf: (value: V) => number,
  ) {
    this.lru =
      maxBytes > 0
        ? new LRUCache<string, V>({ maxSize: maxBytes, sizeCalculation: (v) => Math.max(1, this.sizeOf(v)) })
        : null;
  }

  get enabled(): boolean {
    return this.lru !== null;
  }

  get(key: string): V | undefined {
    return this.lru?.get(key);
  }

  /** Stores the value unless it alone is larger than the cache. */
  set(key: string, value: V): void {
    if (!this.lru || this.sizeOf(value) > this.maxBytes) return;
    this.lru.set(key, value);
  }

  /** Entries and bytes held, for metrics. */
  stats(): { entries: number; bytes: number } {
    return { entries: this.lru?.size ?? 0, bytes: this.lru?.calculatedSize ?? 0 };
  }
}
