/** Per-request loaders for regions and classifications. */
import type { Db } from '../db/db';
import { oneToOne, once, perArgs } from '../common/loader';
import type { ReferenceCache } from '../common/reference-cache';
import { allRegions, classificationsOf, regionStats, type RegionStatsRow } from './classification.queries';

export function createClassificationLoaders(db: Db, cache: ReferenceCache) {
  const regions = once(() => cache.get('regions', () => allRegions(db)));
  return {
    regions,
    region: async (code: string) => (await regions()).find((r) => r.code === code) ?? null,
    regionStats: perArgs((edition: number) => once(async () => new Map<string, RegionStatsRow>((await regionStats(db, edition)).map((r) => [r.regionCode, r])))),
    classification: oneToOne((codes: readonly string[]) => classificationsOf(db, codes), (r) => r.code),
  };
}
