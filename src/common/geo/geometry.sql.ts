/** SQL fragments for callers' points and geometries, shared by filters and spatial queries. */
import { sql, type SQLQuery } from '../../db';
import type { GridPoint } from './point';

/** A caller's point as a constant EPSG:27700 geometry (folded at plan time, so indexes apply). */
export function pointSql(p: GridPoint): SQLQuery {
  const point = sql.query`ST_SetSRID(ST_MakePoint(${sql.value(p.x)}::float8, ${sql.value(p.y)}::float8), ${sql.value(p.srid)}::int)`;
  return p.srid === 27700 ? point : sql.query`ST_Transform(${point}, 27700)`;
}

/** A caller's (validated) GeoJSON geometry in WGS84, as an EPSG:27700 geometry. */
export function geometrySql(geojson: string, srid: 4326 | 27700 = 4326): SQLQuery {
  if (srid === 27700) return sql.query`ST_SetSRID(ST_GeomFromGeoJSON(${sql.value(geojson)}::text), 27700)`;
  return sql.query`ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(${sql.value(geojson)}::text), 4326), 27700)`;
}
