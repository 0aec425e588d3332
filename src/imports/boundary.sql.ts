/**
 * Load-time SQL for boundaries, shared by the seed build (validation) and the seed load.
 * A boundary is made valid with ST_MakeValid and reduced to its polygons, as a MultiPolygon in
 * EPSG:27700 (ONS super generalised boundaries can contain small self-intersections).
 */
import { sql, type SQLQuery } from '../db';

/** `geometry` is a GeoJSON geometry (json) in EPSG:27700 metres. */
export function validBoundaryFromGeoJson(geometry: SQLQuery): SQLQuery {
  return sql.query`ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(${geometry}), 27700)), 3))`;
}

/** Rows of { code, name, country, geometry } from one json parameter (a single statement). */
export function boundaryRecords(features: unknown): SQLQuery {
  return sql.query`json_to_recordset(${sql.value(JSON.stringify(features))}::json) as input(code text, name text, country text, geometry json)`;
}
