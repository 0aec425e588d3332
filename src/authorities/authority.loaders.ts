/** Per-request loaders for authorities and their boundaries. */
import type { Db } from '../db';
import { oneToMany, oneToOne, perArgs } from '../common';
import { authoritiesByCode, authoritiesInRegions, boundariesOf, centroidsOf, type AuthorityRow, type BoundaryOptions } from './authority.queries';

export function createAuthorityLoaders(db: Db) {
  const byCode = oneToOne((codes: readonly string[]) => authoritiesByCode(db, codes), (r) => r.code);
  const prime = (rows: AuthorityRow[]): AuthorityRow[] => {
    for (const r of rows) byCode.prime(r.code, r);
    return rows;
  };
  return {
    byCode,
    /** Seeds byCode with rows a list query already fetched, so nested lookups cost nothing. */
    prime,
    byRegion: oneToMany(async (regions: readonly string[]) => prime(await authoritiesInRegions(db, regions)), (r) => r.regionCode),
    centroid: perArgs((srid: 4326 | 27700) => oneToOne((codes: readonly string[]) => centroidsOf(db, codes, srid), (r) => r.code)),
    boundary: perArgs((o: BoundaryOptions) => oneToOne((codes: readonly string[]) => boundariesOf(db, codes, o), (r) => r.code)),
  };
}
