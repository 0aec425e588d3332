/** Arguments of the spatial fields and queries, with their bounds. */
import { ArgsType, Field, Float, Int } from 'type-graphql';
import { AuthorityFilter } from '../filter';
import { BNG_MAX_EASTING, BNG_MAX_NORTHING, FloatRange, IntRange, Nested, NoFields, withPointFields } from '../common';
import { DEFAULT_WATER_GAP_KM, MAX_WATER_GAP_KM } from './spatial.rules';
import { DistanceMeasure, NeighbourKind } from './spatial.type';
import { EditionYear } from '../mobility';

export const MAX_DEPTH = 3;
export const MAX_NEAREST = 100;

@ArgsType()
export class NeighboursArgs {
  @Field(() => NeighbourKind, { nullable: true, description: 'LAND_BORDER or ACROSS_WATER; omitted: both.' })
  kind?: NeighbourKind;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: `Hops, 1..${MAX_DEPTH}: 1 = direct neighbours, 2 adds neighbours of neighbours, and so on. Default 1.` })
  @IntRange(1, MAX_DEPTH)
  depth!: number;

  @Field(() => Float, {
    nullable: true,
    defaultValue: DEFAULT_WATER_GAP_KM,
    description: `Widest water (km, EPSG:27700) an ACROSS_WATER link may cross, 0..${MAX_WATER_GAP_KM}; default ${DEFAULT_WATER_GAP_KM}.`,
  })
  @FloatRange(0, MAX_WATER_GAP_KM)
  maxWaterGapKm!: number;

  @Field(() => AuthorityFilter, { nullable: true, description: 'Only neighbours matching this filter (the walk itself goes through every English district).' })
  @Nested()
  filter?: AuthorityFilter;
}

/** How many of the nearest districts, among those matching a filter. */
@ArgsType()
export class NearestCountArgs {
  @Field(() => AuthorityFilter, { nullable: true, description: 'Only districts matching this filter.' })
  @Nested()
  filter?: AuthorityFilter;

  @Field(() => Int, { nullable: true, defaultValue: 5, description: `How many, 1..${MAX_NEAREST}; default 5.` })
  @IntRange(1, MAX_NEAREST)
  first!: number;
}

@ArgsType()
export class NearestArgs extends NearestCountArgs {
  @Field(() => DistanceMeasure, { nullable: true, defaultValue: DistanceMeasure.CENTROID, description: 'CENTROID (default) or BOUNDARY distance.' })
  measure!: DistanceMeasure;
}

@ArgsType()
export class NearestHotspotArgs {
  @Field(() => Int, { nullable: true, description: 'Index edition whose hotspots count; default the latest loaded.' })
  @EditionYear()
  edition?: number;

  @Field(() => DistanceMeasure, { nullable: true, defaultValue: DistanceMeasure.CENTROID, description: 'CENTROID (default) or BOUNDARY distance.' })
  measure!: DistanceMeasure;
}

const POINT_ARGUMENTS = {
  lon: 'Longitude, WGS84 degrees, -180..180 (with lat).',
  lat: 'Latitude, WGS84 degrees, -90..90 (with lon).',
  easting: `British National Grid easting, metres, 0..${BNG_MAX_EASTING} (with northing), instead of lon/lat.`,
  northing: `British National Grid northing, metres, 0..${BNG_MAX_NORTHING} (with easting), instead of lon/lat.`,
};

@ArgsType()
export class PointArgs extends withPointFields(NoFields, POINT_ARGUMENTS) {}

@ArgsType()
export class NearestAuthoritiesArgs extends withPointFields(NearestCountArgs, POINT_ARGUMENTS) {}
