/** Per-request loaders for regions and classifications. */
import type { Db } from '../db';
import { once, oneToOne, perArgs, type ReferenceCache } from '../common';
import { allRegions, classificationsOf, regionStats, type RegionStatsRow } from './classification.queries';

export function createClassificationLoaders(db: Db, cache: Pick<ReferenceCache, 'get'>) {
  const regions = once(() => cache.get('regions', () => allRegions(db)));
  return {
    regions,
    region: async (code: string) => (await regions()).find((r) => r.code === code) ?? null,
    regionStats: perArgs((edition: number) => once(async () => new Map<string, RegionStatsRow>((await regionStats(db, edition)).map((r) => [r.regionCode, r])))),
    classification: oneToOne((codes: readonly string[]) => classificationsOf(db, codes), (r) => r.code),
  };
}
