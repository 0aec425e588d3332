/**
 * PostGIS's word on a caller's geometry, after the structural checks (geometry.check.ts): is it
 * valid (no self-intersections, rings that close), and if not, why. Batched per request, so the
 * filters of one request (GraphQL or OGC) cost one statement however many geometries they hold.
 */
import { type Queryable, sql } from '../../db';
import { defineLoaders, type LoaderScope } from '../context';
import { BadUserInputError } from '../errors';
import { oneToOne } from '../loader';
import { checkGeometry } from './geometry.check';

export interface GeometryValidity {
  geojson: string;
  valid: boolean;
  reason: string;
}

/** PostGIS validity of callers' geometries (GeoJSON texts). */
export function geometryValidity(db: Queryable, texts: readonly string[]): Promise<GeometryValidity[]> {
  return db.query<GeometryValidity>(
    'geometryValidity',
    sql.query`select t as geojson, ST_IsValid(g) as valid, ST_IsValidReason(g) as reason
              from unnest(${sql.value(texts)}::text[]) as t, lateral (select ST_GeomFromGeoJSON(t) as g) as parsed`,
  );
}

export const GeometryLoaders = defineLoaders('geometry', ({ db }) => ({
  validity: oneToOne(
    (texts: readonly string[]) => geometryValidity(db, texts),
    (r) => r.geojson,
  ),
}));

/**
 * A caller's GeoJSON geometry checked in full: its structure here, then PostGIS's validity.
 * Returns it as JSON text; any problem is a BadUserInputError naming the argument `at`.
 */
export async function validGeometry(
  scope: LoaderScope,
  geojson: Record<string, unknown>,
  at: string,
  srid: 4326 | 27700 = 4326,
): Promise<string> {
  const text = checkGeometry(geojson, at, srid);
  const validity = await scope.use(GeometryLoaders).validity.load(text);
  if (validity && !validity.valid) throw new BadUserInputError(at, `${at} is not a valid geometry: ${validity.reason}`);
  return text;
}
