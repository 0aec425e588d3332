/**
 * Structural checks of a caller's GeoJSON geometry before it reaches SQL: well-formed GeoJSON
 * (@placemarkio/check-geojson: types, nesting, positions, closed rings), a geometry rather than
 * a Feature, WGS84 coordinates in range, and a bounded size. Topological validity
 * (self-intersections) is checked by PostGIS afterwards.
 */
import { getIssues } from '@placemarkio/check-geojson';
import { BadUserInputError } from '../errors';

export const MAX_GEOMETRY_POSITIONS = 10000;

const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
];

function positions(value: unknown, out: number[][]): void {
  if (!Array.isArray(value)) return;
  if (value.length > 0 && typeof value[0] === 'number') {
    out.push(value as number[]);
    return;
  }
  for (const item of value) {
    positions(item, out);
    if (out.length > MAX_GEOMETRY_POSITIONS) return;
  }
}

/** Returns the geometry as JSON text, or throws BadUserInputError saying what is wrong. */
export function checkGeometry(value: Record<string, unknown>, argument: string, srid: 4326 | 27700 = 4326): string {
  const type = value.type;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.includes(type)) {
    throw new BadUserInputError(
      argument,
      `${argument} must be a GeoJSON geometry (${GEOMETRY_TYPES.join(', ')}); got type ${JSON.stringify(type)}`,
    );
  }
  // The size first: counting stops past the bound, so an oversized geometry is refused before
  // the full structural check reads every position of it.
  const all: number[][] = [];
  const collect = (g: Record<string, unknown>): void => {
    if (g.type === 'GeometryCollection') {
      const members = Array.isArray(g.geometries) ? (g.geometries as unknown[]) : [];
      for (const member of members)
        if (member !== null && typeof member === 'object') collect(member as Record<string, unknown>);
    } else positions(g.coordinates, all);
  };
  collect(value);
  if (all.length > MAX_GEOMETRY_POSITIONS) {
    throw new BadUserInputError(
      argument,
      `${argument} has more than ${MAX_GEOMETRY_POSITIONS} positions; simplify it first`,
    );
  }
  const text = JSON.stringify(value);
  const issues = getIssues(text).filter((i) => i.severity === 'error');
  if (issues.length > 0) {
    throw new BadUserInputError(
      argument,
      `${argument} is not valid GeoJSON: ${[...new Set(issues.map((i) => i.message))].join(' ')}`,
    );
  }
  if (all.length === 0) throw new BadUserInputError(argument, `${argument} has no positions`);
  if (srid === 27700) {
    // British National Grid: eastings 0..700 km, northings 0..1300 km.
    for (const [e, n] of all)
      if (e === undefined || n === undefined || e < 0 || e > 700000 || n < 0 || n > 1300000)
        throw new BadUserInputError(
          argument,
          `${argument} must use British National Grid easting 0..700000 and northing 0..1300000 (metres); got position [${e}, ${n}]`,
        );
    return text;
  }
  for (const [lon, lat] of all) {
    if (lon === undefined || lat === undefined || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      throw new BadUserInputError(
        argument,
        `${argument} must use WGS84 longitude -180..180 and latitude -90..90; got position [${lon}, ${lat}]`,
      );
    }
  }
  return text;
}
