/**
 * Per-request loaders for authorities and their boundaries. Boundary GeoJSON (simplified, in a
 * CRS, at a precision) changes only with the data, so it is also kept across requests in the
 * process-wide geometry cache, keyed by the data version: PostGIS simplifies each boundary once.
 */
import type { Db } from '../db';
import { ByteCache, oneToMany, oneToOne, perArgs } from '../common';
import type { AuthorityPlan } from './authority.plan';
import { authoritiesByCode, authoritiesInRegions, boundariesOf, centroidsOf, type AuthorityRow, type BoundaryOptions, type BoundaryRow } from './authority.queries';

/** The process-wide cache of boundary GeoJSON, sized by its JSON text. */
export const createGeometryCache = (maxBytes: number): ByteCache<BoundaryRow> => new ByteCache<BoundaryRow>(maxBytes, (row) => row.geojson.text.length);

const NO_GEOMETRY_CACHE = createGeometryCache(0);

export function createAuthorityLoaders(db: Db, geometry: ByteCache<BoundaryRow> = NO_GEOMETRY_CACHE, dataVersion = 0) {
  const byCode = oneToOne((codes: readonly string[]) => authoritiesByCode(db, codes), (r) => r.code);
  const prime = (rows: AuthorityRow[]): AuthorityRow[] => {
    for (const r of rows) byCode.prime(r.code, r);
    return rows;
  };
  return {
    byCode,
    /** Districts by code with the columns of a plan (authority.plan.ts), one loader per plan. */
    byCodeWith: perArgs(
      (plan: AuthorityPlan) => oneToOne((codes: readonly string[]) => authoritiesByCode(db, codes, plan), (r) => r.code),
      (plan) => plan.key,
    ),
    /** Seeds byCode with rows a list query already fetched, so nested lookups cost nothing. */
    prime,
    byRegion: oneToMany(async (regions: readonly string[]) => prime(await authoritiesInRegions(db, regions)), (r) => r.regionCode),
    centroid: perArgs((srid: 4326 | 27700) => oneToOne((codes: readonly string[]) => centroidsOf(db, codes, srid), (r) => r.code)),
    boundary: perArgs((o: BoundaryOptions) => {
      const keyOf = (code: string): string => `${dataVersion}:${o.srid}:${o.simplifyMetres}:${o.precision}:${code}`;
      return oneToOne(
        async (codes: readonly string[]) => {
          const cached = codes.map((code) => geometry.get(keyOf(code))).filter((row): row is BoundaryRow => row !== undefined);
          const missing = codes.filter((code) => !cached.some((row) => row.code === code));
          const fetched = missing.length > 0 ? await boundariesOf(db, missing, o) : [];
          for (const row of fetched) geometry.set(keyOf(row.code), row);
          return [...cached, ...fetched];
        },
        (r) => r.code,
      );
    }),
  };
}
