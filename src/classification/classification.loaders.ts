/**
 * Per-request loaders for regions and classifications, and the planned form of `classification`:
 * fetched with the district's own row (authorities/authority.plan.ts).
 */
import type { PlannedField } from '../authorities';
import { once, oneToOne, perArgs, type ReferenceCache } from '../common';
import { type Db, sql } from '../db';
import { allRegions, classificationJson, classificationsOf, regionStats, type RegionStatsRow } from './classification.queries';

/** The key of a planned classification: plannedValue(authority, CLASSIFICATION_PLAN_KEY). */
export const CLASSIFICATION_PLAN_KEY = 'classification';

const planned: PlannedField = {
  field: 'classification',
  column: async () => ({ key: CLASSIFICATION_PLAN_KEY, sql: classificationJson(sql.query`a.code`) }),
};

export function createClassificationLoaders(db: Db, cache: Pick<ReferenceCache, 'get'>) {
  const regions = once(() => cache.get('regions', () => allRegions(db)));
  return {
    planned,
    regions,
    region: async (code: string) => (await regions()).find((r) => r.code === code) ?? null,
    regionStats: perArgs((edition: number) => once(async () => new Map<string, RegionStatsRow>((await regionStats(db, edition)).map((r) => [r.regionCode, r])))),
    classification: oneToOne((codes: readonly string[]) => classificationsOf(db, codes), (r) => r.code),
  };
}
