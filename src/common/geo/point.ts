/**
 * A point given by a caller, as WGS84 lon/lat or British National Grid easting/northing. Ranges
 * are checked on the input types; this checks that exactly one complete pair was given.
 */
import { BadUserInputError } from '../errors';

export interface GridPoint {
  /** 4326: x = longitude, y = latitude (degrees); 27700: x = easting, y = northing (metres). */
  srid: 4326 | 27700;
  x: number;
  y: number;
}

export interface PointFields {
  lon?: number | null;
  lat?: number | null;
  easting?: number | null;
  northing?: number | null;
}

export const BNG_MAX_EASTING = 700000;
export const BNG_MAX_NORTHING = 1300000;

/** `prefix` is the argument path the fields sit under ('' for top-level arguments). */
export function pointFrom(f: PointFields, prefix: string): GridPoint | null {
  const at = (name: string): string => (prefix ? `${prefix}.${name}` : name);
  const given = (v: number | null | undefined): v is number => v !== null && v !== undefined;
  const wgs = given(f.lon) || given(f.lat);
  const bng = given(f.easting) || given(f.northing);
  if (wgs && bng)
    throw new BadUserInputError(
      at('lon'),
      `give either ${at('lon')}/${at('lat')} (WGS84) or ${at('easting')}/${at('northing')} (British National Grid), not both`,
    );
  if (wgs) {
    if (!given(f.lon) || !given(f.lat))
      throw new BadUserInputError(
        given(f.lon) ? at('lat') : at('lon'),
        `${at('lon')} and ${at('lat')} must be given together`,
      );
    return { srid: 4326, x: f.lon, y: f.lat };
  }
  if (bng) {
    if (!given(f.easting) || !given(f.northing)) {
      throw new BadUserInputError(
        given(f.easting) ? at('northing') : at('easting'),
        `${at('easting')} and ${at('northing')} must be given together`,
      );
    }
    return { srid: 27700, x: f.easting, y: f.northing };
  }
  return null;
}

export function requirePoint(f: PointFields, prefix: string): GridPoint {
  const point = pointFrom(f, prefix);
  const at = (name: string): string => (prefix ? `${prefix}.${name}` : name);
  if (!point)
    throw new BadUserInputError(
      at('lon'),
      `give a point: ${at('lon')} and ${at('lat')} (WGS84 degrees) or ${at('easting')} and ${at('northing')} (British National Grid metres)`,
    );
  return point;
}
