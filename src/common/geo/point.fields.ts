/**
 * A caller's point as GraphQL fields, declared once with their types and bounds: lon/lat in
 * WGS84 degrees or easting/northing in British National Grid metres. `withPointFields` adds them
 * to an arguments class (`authorityAt`, `nearestAuthorities`) or an input type (`withinKm`), with
 * descriptions worded for where they appear (type-graphql's mixin pattern).
 */
import { ArgsType, Field, Float, InputType, type ClassType } from 'type-graphql';
import { FloatRange } from '../validation';
import { BNG_MAX_EASTING, BNG_MAX_NORTHING } from './point';

export interface PointFieldDescriptions {
  lon: string;
  lat: string;
  easting: string;
  northing: string;
}

/** A base for classes that have nothing else to inherit. */
export class NoFields {}

export function withPointFields<T extends ClassType>(Base: T, describe: PointFieldDescriptions) {
  @ArgsType()
  @InputType()
  class WithPointFields extends Base {
    @Field(() => Float, { nullable: true, description: describe.lon })
    @FloatRange(-180, 180)
    lon?: number;

    @Field(() => Float, { nullable: true, description: describe.lat })
    @FloatRange(-90, 90)
    lat?: number;

    @Field(() => Float, { nullable: true, description: describe.easting })
    @FloatRange(0, BNG_MAX_EASTING)
    easting?: number;

    @Field(() => Float, { nullable: true, description: describe.northing })
    @FloatRange(0, BNG_MAX_NORTHING)
    northing?: number;
  }
  return WithPointFields;
}
