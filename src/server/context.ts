/**
 * The per-request context: the database (observed, so the request's statements are counted),
 * a fresh set of DataLoaders, a request logger and id, and the data version it answers for.
 * Nothing here outlives the request but what the shared caches keep, keyed by that version.
 */
import { randomUUID } from 'node:crypto';
import { guard, observe, type Db } from '../db';
import type { Logger } from '../logger';
import { createAnalyticsLoaders } from '../analytics';
import { createAuthorityLoaders, createGeometryCache, PlanCache, type BoundaryRow } from '../authorities';
import { classificationPlanner, createClassificationLoaders } from '../classification';
import { createDeprivationLoaders } from '../deprivation';
import { createMapLoaders } from '../maps';
import { createMobilityLoaders, mobilityPlanner } from '../mobility';
import { createSpatialLoaders, spatialPlanners } from '../spatial';
import { allSources, type ByteCache, lazyMembers, once, ReferenceCache, TimeBudgetError } from '../common';

/** Caches shared by all requests of the process; each keys its entries by the data version. */
export interface SharedCaches {
  /** Editions, regions, sources and the districts' extent. */
  reference: ReferenceCache;
  /** Boundary GeoJSON per district and output options. */
  geometry: ByteCache<BoundaryRow>;
}

export const NO_SHARED_CACHES: SharedCaches = { reference: new ReferenceCache(0), geometry: createGeometryCache(0) };

export function createLoaders(db: Db, shared: SharedCaches = NO_SHARED_CACHES, dataVersion = 0) {
  const reference = shared.reference.forVersion(dataVersion);
  return lazyMembers({
    analytics: () => createAnalyticsLoaders(db),
    authorities: () => createAuthorityLoaders(db, shared.geometry, dataVersion),
    classification: () => createClassificationLoaders(db, reference),
    deprivation: () => createDeprivationLoaders(db),
    maps: () => createMapLoaders(db, reference),
    mobility: () => createMobilityLoaders(db, reference),
    spatial: () => createSpatialLoaders(db),
    sources: () => once(() => reference.get('sources', () => allSources(db))),
  });
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  db: Db;
  loaders: Loaders;
  /** Look-ahead plans for the districts each field returns (authorities/authority.graphql.ts). */
  plans: PlanCache;
  log: Logger;
  requestId: string;
  /** SQL statements this request has issued so far. */
  statements: { count: number; names: string[] };
  /** Cost of the operation, computed before it runs (server/limits.ts). */
  cost?: number;
  /** The data version the request is answered for (server/data-version.ts). */
  dataVersion: number;
  /**
   * What the response turned out to be: with errors, the response cache does not keep it. An
   * object, so it is shared with the shallow copy of the context Apollo Server hands to plugins.
   */
  response: { hasErrors: boolean };
  /**
   * The request's time budget (server/limits.ts sets it once the request has its turn): no
   * statement starts after `deadline` (performance.now() ms). Shared like `response`.
   */
  budget: { deadline: number; ms: number; cost: number };
}

export function createContext(db: Db, log: Logger, requestId: string = randomUUID(), shared: SharedCaches = NO_SHARED_CACHES, dataVersion = 0): Context {
  const statements = { count: 0, names: [] as string[] };
  const budget = { deadline: Infinity, ms: Infinity, cost: 0 };
  const guarded = guard(db, () => {
    if (performance.now() >= budget.deadline) throw new TimeBudgetError(budget.ms, budget.cost);
  });
  const observed = observe(guarded, (e) => {
    statements.count += 1;
    statements.names.push(e.name);
  });
  const loaders = createLoaders(observed, shared, dataVersion);
  // The fields of LocalAuthority other domains can answer from the districts' own statement.
  const plans = new PlanCache(() => [mobilityPlanner(loaders.mobility), classificationPlanner, ...spatialPlanners(loaders.mobility)]);
  return { db: observed, loaders, plans, log: log.child({ requestId }), requestId, statements, dataVersion, response: { hasErrors: false }, budget };
}
