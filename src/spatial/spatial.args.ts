/** Arguments of the spatial fields and queries, with their bounds. */
import { ArgsType, Field, Float, Int } from 'type-graphql';
import { AuthorityFilter } from '../filter';
import { BNG_MAX_EASTING, BNG_MAX_NORTHING, FloatRange, IntRange, Nested } from '../common';
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

@ArgsType()
export class NearestArgs {
  @Field(() => AuthorityFilter, { nullable: true, description: 'Only districts matching this filter.' })
  @Nested()
  filter?: AuthorityFilter;

  @Field(() => Int, { nullable: true, defaultValue: 5, description: `How many, 1..${MAX_NEAREST}; default 5.` })
  @IntRange(1, MAX_NEAREST)
  first!: number;

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

@ArgsType()
export class PointArgs {
  @Field(() => Float, { nullable: true, description: 'Longitude, WGS84 degrees, -180..180 (with lat).' })
  @FloatRange(-180, 180)
  lon?: number;

  @Field(() => Float, { nullable: true, description: 'Latitude, WGS84 degrees, -90..90 (with lon).' })
  @FloatRange(-90, 90)
  lat?: number;

  @Field(() => Float, { nullable: true, description: `British National Grid easting, metres, 0..${BNG_MAX_EASTING} (with northing), instead of lon/lat.` })
  @FloatRange(0, BNG_MAX_EASTING)
  easting?: number;

  @Field(() => Float, { nullable: true, description: `British National Grid northing, metres, 0..${BNG_MAX_NORTHING} (with easting), instead of lon/lat.` })
  @FloatRange(0, BNG_MAX_NORTHING)
  northing?: number;
}

@ArgsType()
export class NearestAuthoritiesArgs extends PointArgs {
  @Field(() => AuthorityFilter, { nullable: true, description: 'Only districts matching this filter.' })
  @Nested()
  filter?: AuthorityFilter;

  @Field(() => Int, { nullable: true, defaultValue: 5, description: `How many, 1..${MAX_NEAREST}; default 5.` })
  @IntRange(1, MAX_NEAREST)
  first!: number;
}
