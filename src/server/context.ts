/**
 * The per-request context: the database (observed, so the request's statements are counted),
 * a fresh set of DataLoaders, a request logger and id. Nothing here outlives the request.
 */
import { randomUUID } from 'node:crypto';
import { observe, type Db } from '../db';
import type { Logger } from '../logger';
import { createAnalyticsLoaders } from '../analytics';
import { createAuthorityLoaders } from '../authorities';
import { createClassificationLoaders } from '../classification';
import { createDeprivationLoaders } from '../deprivation';
import { createMobilityLoaders } from '../mobility';
import { createSpatialLoaders } from '../spatial';
import { allSources, once, ReferenceCache } from '../common';

export function createLoaders(db: Db, cache: ReferenceCache = NO_CACHE) {
  return {
    analytics: createAnalyticsLoaders(db),
    authorities: createAuthorityLoaders(db),
    classification: createClassificationLoaders(db, cache),
    deprivation: createDeprivationLoaders(db),
    mobility: createMobilityLoaders(db, cache),
    spatial: createSpatialLoaders(db),
    sources: once(() => cache.get('sources', () => allSources(db))),
  };
}

const NO_CACHE = new ReferenceCache(0);

export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  db: Db;
  loaders: Loaders;
  log: Logger;
  requestId: string;
  /** SQL statements this request has issued so far. */
  statements: { count: number; names: string[] };
  /** Cost of the operation, computed before it runs (server/limits.ts). */
  cost?: number;
}

export function createContext(db: Db, log: Logger, requestId: string = randomUUID(), cache?: ReferenceCache): Context {
  const statements = { count: 0, names: [] as string[] };
  const observed = observe(db, (e) => {
    statements.count += 1;
    statements.names.push(e.name);
  });
  return { db: observed, loaders: createLoaders(observed, cache), log: log.child({ requestId }), requestId, statements };
}
