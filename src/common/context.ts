/**
 * The request context, at the bottom of the layers so that every domain can take it without
 * knowing the others: the request's database (its statements counted and held to its time
 * budget), its logger and id, the data version it answers for, the process-wide caches, and the
 * loaders each domain declares. A domain declares its loaders once with `defineLoaders`; a
 * resolver (of that domain, or of one above it) reaches them with `ctx.use(TheirLoaders)`, an
 * import lint checks like any other. They are made on first use and live for the request.
 */
import { randomUUID } from 'node:crypto';
import { guard, observe, type Db } from '../db';
import type { Logger } from '../logger';
import { ByteCache } from './byte-cache';
import { TimeBudgetError } from './errors';
import type { RawJson, ListSplice } from './raw-json';
import { DocumentCache } from './document-cache';
import { ReferenceCache } from './reference-cache';

/** A district's geometry as GeoJSON text, as the geometry cache keeps it. */
export interface GeometryEntry {
  code: string;
  /** The GeoJSON as PostGIS wrote it, passed into the response as it is (raw-json.ts). */
  geojson: RawJson;
}

/** The geometry cache, sized by its GeoJSON text; 0 bytes turns it off. */
export const createGeometryCache = (maxBytes: number): ByteCache<GeometryEntry> =>
  new ByteCache<GeometryEntry>(maxBytes, (row) => row.geojson.text.length);

/** Caches shared by all requests of the process; each keys its entries by the data version. */
export interface SharedCaches {
  /** Editions, regions, sources and the districts' extent. */
  reference: ReferenceCache;
  /** Boundary GeoJSON per district and output options. */
  geometry: ByteCache<GeometryEntry>;
  /** What a request works out from its document (a list's JSON plan), per AST node. */
  documents: DocumentCache;
}

export const NO_SHARED_CACHES: SharedCaches = Object.freeze({
  reference: new ReferenceCache(0),
  geometry: createGeometryCache(0),
  documents: new DocumentCache(0),
});

/** What a domain's loaders are made from. */
export interface LoaderScope {
  /** The request's database: every statement is counted and checked against the time budget. */
  readonly db: Db;
  /** The data version the request answers for. */
  readonly dataVersion: number;
  /** Reference data (editions, regions, sources, the extent) for this data version. */
  readonly reference: Pick<ReferenceCache, 'get'>;
  /** The shared document cache, keyed by this request's data version. */
  readonly documents: Pick<DocumentCache, 'get'>;
  readonly caches: SharedCaches;
  /** The request's loaders of a domain, made on first use. */
  use<T>(loaders: Loaders<T>): T;
}

/** A domain's per-request loaders, declared once (defineLoaders) and reached with `ctx.use`. */
export interface Loaders<T> {
  readonly name: string;
  readonly create: (scope: LoaderScope) => T;
}

/** Declares a domain's loaders: `create` runs at most once per request, at the first `use`. */
export function defineLoaders<T>(name: string, create: (scope: LoaderScope) => T): Loaders<T> {
  return Object.freeze({ name, create });
}

export interface RequestContext extends LoaderScope {
  readonly log: Logger;
  readonly requestId: string;
  /** SQL statements this request has issued so far. */
  readonly statements: { count: number; names: string[] };
  /** Cost of the operation, computed before it runs (server/limits.ts). */
  cost?: number;
  /**
   * What the response turned out to be: with errors, the response cache does not keep it. An
   * object, so it is shared with the shallow copy of the context Apollo Server hands to plugins.
   */
  readonly response: { hasErrors: boolean };
  /**
   * Lists made whole from one statement, to be put into the response at their paths before it
   * is written (server/apollo.ts). An array, so it is shared like `response`.
   */
  readonly splices: ListSplice[];
  /**
   * The request's time budget (set once the request has its turn): no statement starts after
   * `deadline` (performance.now() ms). Shared like `response`.
   */
  readonly budget: { deadline: number; ms: number; cost: number };
}

export interface RequestContextOptions {
  db: Db;
  log: Logger;
  requestId?: string;
  caches?: SharedCaches;
  dataVersion?: number;
}

export function createRequestContext(o: RequestContextOptions): RequestContext {
  const requestId = o.requestId ?? randomUUID();
  const caches = o.caches ?? NO_SHARED_CACHES;
  const dataVersion = o.dataVersion ?? 0;
  const statements = { count: 0, names: [] as string[] };
  const budget = { deadline: Infinity, ms: Infinity, cost: 0 };
  const guarded = guard(o.db, () => {
    if (performance.now() >= budget.deadline) throw new TimeBudgetError(budget.ms, budget.cost);
  });
  const db = observe(guarded, (e) => {
    statements.count += 1;
    statements.names.push(e.name);
  });
  const made = new Map<Loaders<unknown>, unknown>();
  const context: RequestContext = {
    db,
    dataVersion,
    reference: caches.reference.forVersion(dataVersion),
    documents: caches.documents.forVersion(dataVersion),
    caches,
    log: o.log.child({ requestId }),
    requestId,
    statements,
    response: { hasErrors: false },
    splices: [],
    budget,
    use<T>(loaders: Loaders<T>): T {
      let value = made.get(loaders as Loaders<unknown>) as T | undefined;
      if (value === undefined) {
        value = loaders.create(context);
        made.set(loaders as Loaders<unknown>, value);
      }
      return value;
    },
  };
  return context;
}
