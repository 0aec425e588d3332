/** Arguments of authority queries and fields, with their bounds. */
import { Length } from 'class-validator';
import { ArgsType, Field, Float, ID, Int } from 'type-graphql';
import { Crs, FloatRange, IntRange } from '../common';

@ArgsType()
export class AuthorityArgs {
  @Field(() => ID, { nullable: true, description: 'ONS LAD16 code, e.g. E09000033. An unknown code gives null.' })
  @Length(1, 20, { message: (a) => `must be an ONS code such as E09000033 (got ${JSON.stringify(String(a.value).slice(0, 40))})` })
  code?: string;

  @Field({ nullable: true, description: 'District name, exact but case-insensitive, e.g. "westminster". An unknown name gives null.' })
  @Length(1, 100, { message: (a) => `must be 1 to 100 characters long (got ${String(a.value).length})` })
  name?: string;
}

export const MAX_SIMPLIFY_METRES = 10000;
export const MAX_PRECISION = 10;

@ArgsType()
export class BoundaryArgs {
  @Field(() => Float, { nullable: true, defaultValue: 0, description: `Simplification tolerance in metres (Douglas-Peucker in EPSG:27700, topology of each district preserved), 0..${MAX_SIMPLIFY_METRES}; 0 returns the stored boundary (already generalised to about 200 m).` })
  @FloatRange(0, MAX_SIMPLIFY_METRES)
  simplifyMetres!: number;

  @Field(() => Int, { nullable: true, description: `Decimal places of output coordinates, 0..${MAX_PRECISION}; default 6 for WGS84 (about 0.1 m) and 1 for BNG.` })
  @IntRange(0, MAX_PRECISION)
  precision?: number;

  @Field(() => Crs, { nullable: true, defaultValue: Crs.WGS84, description: 'CRS of the output: WGS84 (EPSG:4326, default) or BNG (EPSG:27700).' })
  crs!: Crs;
}

@ArgsType()
export class CentroidArgs {
  @Field(() => Crs, { nullable: true, defaultValue: Crs.WGS84, description: 'CRS of the output: WGS84 (EPSG:4326, default) or BNG (EPSG:27700).' })
  crs!: Crs;
}
