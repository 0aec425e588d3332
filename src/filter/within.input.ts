/** The `withinKm` filter input: districts within a distance of a point or of a district. */
import { Length } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { BNG_MAX_EASTING, BNG_MAX_NORTHING, FloatRange, NoFields, withPointFields } from '../common';

export const MAX_WITHIN_KM = 1000;

@InputType({
  description:
    'Within a distance of a point (lon/lat or easting/northing) or of a district (authority). From a point the distance is measured to the district boundary (0 inside); from a district, boundary to boundary (0 when touching, so the district itself and its land neighbours always match). Give exactly one of the three.',
})
export class WithinInput extends withPointFields(NoFields, {
  lon: 'Longitude of the point, WGS84 degrees, -180..180 (with lat).',
  lat: 'Latitude of the point, WGS84 degrees, -90..90 (with lon).',
  easting: `Easting of the point, British National Grid metres, 0..${BNG_MAX_EASTING} (with northing).`,
  northing: `Northing of the point, British National Grid metres, 0..${BNG_MAX_NORTHING} (with easting).`,
}) {
  @Field(() => Float, {
    description: `Distance in km, 0..${MAX_WITHIN_KM}, measured in British National Grid (EPSG:27700).`,
  })
  @FloatRange(0, MAX_WITHIN_KM)
  km!: number;

  @Field(() => ID, { nullable: true, description: 'ONS code of the district to measure from, e.g. E09000028.' })
  @Length(1, 20, {
    message: (a) => `must be an ONS code such as E09000028 (got ${JSON.stringify(String(a.value).slice(0, 40))})`,
  })
  authority?: string;
}
