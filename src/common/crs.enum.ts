/** Coordinate reference systems the API can return geometry in. */
import { registerEnumType } from 'type-graphql';

export enum Crs {
  WGS84 = 'WGS84',
  BNG = 'BNG',
}

export const SRID: Record<Crs, number> = { [Crs.WGS84]: 4326, [Crs.BNG]: 27700 };

/** Default GeoJSON coordinate precision: 6 decimal places of a degree (~0.1 m), or 1 of a metre. */
export const DEFAULT_PRECISION: Record<Crs, number> = { [Crs.WGS84]: 6, [Crs.BNG]: 1 };

registerEnumType(Crs, {
  name: 'Crs',
  description: 'Coordinate reference system of returned geometry.',
  valuesConfig: {
    WGS84: { description: 'WGS84 longitude/latitude in degrees (EPSG:4326), the GeoJSON default.' },
    BNG: {
      description:
        'British National Grid easting/northing in metres (EPSG:27700), the CRS all lengths, areas and distances are computed in.',
    },
  },
});
