/**
 * What a request works out from its document alone, kept for the next request that sends the
 * same document: the parsed document's AST nodes are the same objects from request to request
 * (Apollo keeps parsed documents), so a node is the key, and an entry is kept per data version
 * and variables (what the work also read) for at most `ttlMs`, as the reference data it was made
 * from is (reference-cache.ts). ttlMs = 0 turns it off; so do requests with no shared caches (the
 * tests' API, whose data version does not follow imports).
 */
/**
 * Keys longer than this (variables of 4 KB or more, such as a large GeoJSON filter) are worked out
 * afresh and never kept: the key is kept with its entry, so long ones would let a client fill the
 * memory with one document and many large sets of variables.
 */
export const MAX_KEY_LENGTH = 4096;

export class DocumentCache {
  private readonly byNode = new WeakMap<object, Map<string, { at: number; value: Promise<unknown> }>>();

  /** @param perNode  entries kept per node (sets of variables and data versions); the oldest go first. */
  constructor(
    private readonly ttlMs: number,
    private readonly perNode = 16,
  ) {}

  get<T>(node: object, key: string, make: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0 || key.length > MAX_KEY_LENGTH) return make();
    let entries = this.byNode.get(node);
    if (!entries) this.byNode.set(node, (entries = new Map()));
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value as Promise<T>;
    const value = make();
    entries.delete(key);
    entries.set(key, { at: now, value });
    if (entries.size > this.perNode) entries.delete(entries.keys().next().value!);
    value.catch(() => entries.delete(key)); // never keep a failure
    return value;
  }

  /** The cache as seen by one request: keys are scoped to the data version it answers for. */
  forVersion(version: number): Pick<DocumentCache, 'get'> {
    return { get: (node, key, make) => this.get(node, `${version}:${key}`, make) };
  }
}
