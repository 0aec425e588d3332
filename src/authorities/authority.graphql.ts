/**
 * The district itself in GraphQL: the LocalAuthority and PopulationEstimate types, the arguments
 * of `Query.authority` and of the district's own fields, and the resolvers of `Query.authority`
 * and of the fields that come with the district itself (boundary, centroid, population
 * estimate). Its SQL and the loaders that batch it are in authority.queries.ts; what the
 * districts a field returns are fetched with (planned fields of other domains) is planned by
 * planned-field.ts. Fields from other data live with their
 * domain: region and classification in classification/, mobility in mobility/, deprivation in
 * deprivation/, neighbours and nearest in spatial/.
 */
import { Length } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Info,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  BadUserInputError,
  boundaryCost,
  Crs,
  DEFAULT_PRECISION,
  FloatRange,
  GeoJSONScalar,
  IntRange,
  Node,
  nodeId,
  type RequestContext,
  SRID,
} from '../common';
import { authorityByName, AuthorityLoaders, type AuthorityRow, type BoundaryOptions } from './authority.queries';
import { AuthorityPlans, codeOnly } from './planned-field';

// GraphQL types of the local authority district itself.
@ObjectType({
  simpleResolvers: true,
  description:
    'ONS mid-2016 population estimate for a district, with land area and density (MYE2 and MYE5, published 22 June 2017).',
})
export class PopulationEstimate {
  @Field(() => Int, { description: 'Reference year: estimates refer to 30 June of this year.' })
  year!: number;

  @Field(() => Int, { description: 'Usual residents, all ages, mid-2016.' })
  persons!: number;

  @Field(() => Int, { description: 'Usual residents, all ages, mid-2015 (for change over the year).' })
  personsPreviousYear!: number;

  @Field(() => Float, {
    description:
      'ONS land area in km² (Standard Area Measurements, whole km² as published). Differs from areaKm2, which is measured on the coastline-clipped, generalised boundary.',
  })
  landAreaKm2!: number;

  @Field(() => Float, { description: 'Persons per km² of land, mid-2016, as published by ONS (whole number).' })
  personsPerKm2!: number;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'An English local authority district (ONS LAD16, December 2016 geography): 326 districts, 324 of them ranked by the Social Mobility Index.',
})
export class LocalAuthority {
  @Field(() => ID, { description: 'ONS LAD16 code, e.g. E09000033 (Westminster).' })
  code!: string;

  @Field({ description: 'ONS LAD16 name, e.g. "Westminster", "Kingston upon Hull, City of".' })
  name!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'ONS mid-2016 population estimate (usual residents, all ages). Null only if the estimate were missing; all 326 have one.',
  })
  population!: number | null;

  @Field(() => Float, {
    description:
      'Area in km² of the boundary served by this API (clipped to the coastline, generalised to 200 m), measured in British National Grid (EPSG:27700).',
  })
  areaKm2!: number;

  regionCode!: string;
}

// Arguments of authority queries and fields, with their bounds.
@ArgsType()
export class AuthorityArgs {
  @Field(() => ID, { nullable: true, description: 'ONS LAD16 code, e.g. E09000033. An unknown code gives null.' })
  @Length(1, 20, {
    message: (a) => `must be an ONS code such as E09000033 (got ${JSON.stringify(String(a.value).slice(0, 40))})`,
  })
  code?: string;

  @Field({
    nullable: true,
    description: 'District name, exact but case-insensitive, e.g. "westminster". An unknown name gives null.',
  })
  @Length(1, 100, { message: (a) => `must be 1 to 100 characters long (got ${String(a.value).length})` })
  name?: string;
}

export const MAX_SIMPLIFY_METRES = 10000;
export const MAX_PRECISION = 10;

@ArgsType()
export class BoundaryArgs {
  @Field(() => Float, {
    nullable: true,
    defaultValue: 0,
    description: `Simplification tolerance in metres (Douglas-Peucker in EPSG:27700, topology of each district preserved), 0..${MAX_SIMPLIFY_METRES}; 0 returns the stored boundary (already generalised to about 200 m).`,
  })
  @FloatRange(0, MAX_SIMPLIFY_METRES)
  simplifyMetres!: number;

  @Field(() => Int, {
    nullable: true,
    description: `Decimal places of output coordinates, 0..${MAX_PRECISION}; default 6 for WGS84 (about 0.1 m) and 1 for BNG.`,
  })
  @IntRange(0, MAX_PRECISION)
  precision?: number;

  @Field(() => Crs, {
    nullable: true,
    defaultValue: Crs.WGS84,
    description: 'CRS of the output: WGS84 (EPSG:4326, default) or BNG (EPSG:27700).',
  })
  crs!: Crs;
}

@ArgsType()
export class CentroidArgs {
  @Field(() => Crs, {
    nullable: true,
    defaultValue: Crs.WGS84,
    description: 'CRS of the output: WGS84 (EPSG:4326, default) or BNG (EPSG:27700).',
  })
  crs!: Crs;
}

/** What a boundary's arguments ask of the geometry: the tolerance, the decimals (by CRS when not given), the SRID. */
export const boundaryOptions = (args: BoundaryArgs): BoundaryOptions => ({
  simplifyMetres: args.simplifyMetres,
  precision: args.precision ?? DEFAULT_PRECISION[args.crs],
  srid: SRID[args.crs] as 4326 | 27700,
});

// The resolvers: `Query.authority` (one district by code or name) and the fields that come with
// the district itself (its boundary, centroid and population estimate).
@Resolver(() => LocalAuthority)
export class AuthorityResolver {
  @Query(() => LocalAuthority, {
    nullable: true,
    description:
      'One district by ONS code or by name (exact, case-insensitive). Give exactly one of the two. Null when no district matches.',
  })
  async authority(
    @Args() { code, name }: AuthorityArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LocalAuthority | null> {
    if ((code == null) === (name == null)) {
      throw new BadUserInputError(code == null ? 'code' : 'name', 'authority needs exactly one of code or name');
    }
    // One statement: the row with the other domains' planned fields (planned-field.ts).
    const loaders = ctx.use(AuthorityLoaders);
    if (code != null)
      return loaders.byCodeWith.for(await ctx.use(AuthorityPlans).for(info)).load(code.trim().toUpperCase());
    const row = await authorityByName(ctx.db, (name ?? '').trim());
    if (row) loaders.prime([row]);
    return row;
  }

  @FieldResolver(() => ID, { description: 'Global id (Node): opaque and stable. The ONS code is `code`.' })
  id(@Root() a: LocalAuthority): string {
    return nodeId('LocalAuthority', a.code);
  }

  @FieldResolver(() => GeoJSONScalar, {
    description:
      'Centroid of the boundary as a GeoJSON Point, computed in EPSG:27700 (the centre of mass; for an odd shape it can fall outside the district).',
  })
  async centroid(
    @Root() a: LocalAuthority,
    @Args() { crs }: CentroidArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<object> {
    const row = await ctx
      .use(AuthorityLoaders)
      .centroid.for(SRID[crs] as 4326 | 27700)
      .load(a.code);
    if (!row) throw new Error(`centroid of ${a.code} is not loaded`);
    return row.geojson;
  }

  @FieldResolver(() => GeoJSONScalar, {
    complexity: boundaryCost,
    description:
      'Boundary as a GeoJSON MultiPolygon: ONS December 2016 district boundary, clipped to the coastline and generalised to about 200 m (super generalised), made valid. WGS84 unless crs is BNG.',
  })
  async boundary(@Root() a: LocalAuthority, @Args() args: BoundaryArgs, @Ctx() ctx: RequestContext): Promise<object> {
    const row = await ctx.use(AuthorityLoaders).boundary.for(boundaryOptions(args)).load(a.code);
    if (!row) throw new Error(`boundary of ${a.code} is not loaded`);
    return row.geojson;
  }

  @FieldResolver(() => PopulationEstimate, {
    nullable: true,
    description: 'ONS mid-2016 population estimate with land area and density.',
  })
  populationEstimate(@Root() a: LocalAuthority): PopulationEstimate | null {
    const row = a as unknown as AuthorityRow;
    if (
      row.population === null ||
      row.populationMid2015 === null ||
      row.landAreaKm2 === null ||
      row.personsPerKm2 === null
    )
      return null;
    return {
      year: 2016,
      persons: row.population,
      personsPreviousYear: row.populationMid2015,
      landAreaKm2: row.landAreaKm2,
      personsPerKm2: row.personsPerKm2,
    };
  }
}

/**
 * The district a nested object points at (a neighbour, a pair, a cluster member), batched. With
 * the resolver's info, it is planned: only its code when no column of its own is selected (the
 * code comes from our own tables), else its row with the planned fields, one statement per list.
 */
export async function loadAuthority(
  ctx: RequestContext,
  code: string,
  info?: GraphQLResolveInfo,
): Promise<LocalAuthority> {
  const plan = info ? await ctx.use(AuthorityPlans).for(info) : undefined;
  if (codeOnly(plan)) return { code } as LocalAuthority;
  const loaders = ctx.use(AuthorityLoaders);
  const row = await (plan ? loaders.byCodeWith.for(plan) : loaders.byCode).load(code);
  if (!row) throw new Error(`district ${code} is not loaded`);
  return row;
}
