/**
 * The district itself in GraphQL: the LocalAuthority and PopulationEstimate types, the arguments
 * of `Query.authority` and of the district's own fields, the look-ahead that plans what to fetch
 * for the districts a field returns, and the resolvers of `Query.authority` and of the fields
 * that come with the district itself (boundary, centroid, population estimate). Its SQL and the
 * loaders that batch it are in authority.queries.ts. Fields from other data live with their
 * domain: region and classification in classification/, mobility in mobility/, deprivation in
 * deprivation/, neighbours and nearest in spatial/.
 */
import { Length } from 'class-validator';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError, boundaryCost, Crs, DEFAULT_PRECISION, FloatRange, GeoJSONScalar, IntRange, SRID } from '../common';
import type { Context } from '../server/context';
import { authorityByName, type AuthorityPlan, type AuthorityRow, type PlannedField } from './authority.queries';

// GraphQL types of the local authority district itself.
@ObjectType({ simpleResolvers: true, description: 'ONS mid-2016 population estimate for a district, with land area and density (MYE2 and MYE5, published 22 June 2017).' })
export class PopulationEstimate {
  @Field(() => Int, { description: 'Reference year: estimates refer to 30 June of this year.' })
  year!: number;

  @Field(() => Int, { description: 'Usual residents, all ages, mid-2016.' })
  persons!: number;

  @Field(() => Int, { description: 'Usual residents, all ages, mid-2015 (for change over the year).' })
  personsPreviousYear!: number;

  @Field(() => Float, { description: 'ONS land area in km² (Standard Area Measurements, whole km² as published). Differs from areaKm2, which is measured on the coastline-clipped, generalised boundary.' })
  landAreaKm2!: number;

  @Field(() => Float, { description: 'Persons per km² of land, mid-2016, as published by ONS (whole number).' })
  personsPerKm2!: number;
}

@ObjectType({ simpleResolvers: true, description: 'An English local authority district (ONS LAD16, December 2016 geography): 326 districts, 324 of them ranked by the Social Mobility Index.' })
export class LocalAuthority {
  @Field(() => ID, { description: 'ONS LAD16 code, e.g. E09000033 (Westminster).' })
  code!: string;

  @Field({ description: 'ONS LAD16 name, e.g. "Westminster", "Kingston upon Hull, City of".' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'ONS mid-2016 population estimate (usual residents, all ages). Null only if the estimate were missing; all 326 have one.' })
  population!: number | null;

  @Field(() => Float, { description: 'Area in km² of the boundary served by this API (clipped to the coastline, generalised to 200 m), measured in British National Grid (EPSG:27700).' })
  areaKm2!: number;

  regionCode!: string;
}

// Arguments of authority queries and fields, with their bounds.
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

// Look-ahead for LocalAuthority: from a resolver's selection (graphql-parse-resolve-info), what
// to fetch for the districts it returns, in as few statements as can be.
// - A district is fetched from its own tables only when a column of it is selected (name,
//   population, area, region, population estimate). Everything else a LocalAuthority answers
//   needs only its code, so a neighbour or a nearest hotspot of which only `code` (or fields of
//   other domains) is asked costs no statement of its own.
// - Fields another domain owns (mobility, classification) can be fetched with the rows: each
//   such domain provides a PlannedField, a column that answers the field from the same
//   statement; its resolver reads the value with `plannedValue` and uses its loader otherwise.
// The domains above this one register their PlannedFields in the request context
// (server/context.ts), so this layer needs to know none of them.

/** LocalAuthority fields answered from the district's own row (authority.queries.ts). */
const ROW_FIELDS = new Set(['name', 'population', 'areaKm2', 'region', 'populationEstimate']);

/**
 * Where LocalAuthority objects sit below a resolver's field: [] for the field itself, or steps of
 * [type, field], e.g. [['AuthorityConnection', 'nodes']] for a connection's nodes.
 */
export type SelectionPath = [typeName: string, field: string][];

/** The LocalAuthority selections below a resolver's field, at each of `paths`. */
function selections(info: GraphQLResolveInfo, paths: SelectionPath[]): ResolveTree[] {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  if (!tree) return [];
  return paths.flatMap((path) => {
    let level: ResolveTree[] = [tree];
    for (const [typeName, field] of path) {
      level = level.flatMap((t) => Object.values(t.fieldsByTypeName[typeName] ?? {}).filter((f) => f.name === field));
    }
    return level;
  });
}

/** The plan for the LocalAuthority objects a resolver returns at `paths` below its field. */
export async function planAuthorities(info: GraphQLResolveInfo, planners: readonly PlannedField[], paths: SelectionPath[] = [[]]): Promise<AuthorityPlan> {
  const fields = selections(info, paths).flatMap((t) => Object.values(t.fieldsByTypeName.LocalAuthority ?? {}));
  const columns: AuthorityPlan['columns'] = new Map();
  for (const f of fields) {
    const planner = planners.find((p) => p.field === f.name);
    const column = planner ? await planner.column(f.args as Record<string, unknown>) : null;
    if (column) columns.set(column.key, column.sql);
  }
  const row = fields.some((f) => ROW_FIELDS.has(f.name));
  return { row, columns, key: [...columns.keys()].sort().join(',') };
}

/** Whether a plan needs nothing of a district but its code (no own column, no planned field). */
export const codeOnly = (plan: AuthorityPlan | undefined): boolean => plan !== undefined && !plan.row && plan.columns.size === 0;

/** Plans computed once per field of the operation (a list resolves the same field once per item). */
export class PlanCache {
  private readonly plans = new WeakMap<FieldNode, Promise<AuthorityPlan>>();

  private planners: readonly PlannedField[] | undefined;

  /** `makePlanners` is called at the first plan made: a request that plans nothing builds no loader for it. */
  constructor(private readonly makePlanners: () => readonly PlannedField[]) {}

  for(info: GraphQLResolveInfo, paths: SelectionPath[] = [[]]): Promise<AuthorityPlan> {
    const node = info.fieldNodes[0]!;
    let plan = this.plans.get(node);
    if (!plan) {
      plan = planAuthorities(info, (this.planners ??= this.makePlanners()), paths);
      this.plans.set(node, plan);
    }
    return plan;
  }
}


// The resolvers: `Query.authority` (one district by code or name) and the fields that come with
// the district itself (its boundary, centroid and population estimate).
@Resolver(() => LocalAuthority)
export class AuthorityResolver {
  @Query(() => LocalAuthority, {
    nullable: true,
    description: 'One district by ONS code or by name (exact, case-insensitive). Give exactly one of the two. Null when no district matches.',
  })
  async authority(@Args() { code, name }: AuthorityArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<LocalAuthority | null> {
    if ((code == null) === (name == null)) {
      throw new BadUserInputError(code == null ? 'code' : 'name', 'authority needs exactly one of code or name');
    }
    // One statement: the row with the other domains' planned fields (the look-ahead above).
    if (code != null) return ctx.loaders.authorities.byCodeWith.for(await ctx.plans.for(info)).load(code.trim().toUpperCase());
    const row = await authorityByName(ctx.db, (name ?? '').trim());
    if (row) ctx.loaders.authorities.prime([row]);
    return row;
  }

  @FieldResolver(() => GeoJSONScalar, { description: 'Centroid of the boundary as a GeoJSON Point, computed in EPSG:27700 (the centre of mass; for an odd shape it can fall outside the district).' })
  async centroid(@Root() a: LocalAuthority, @Args() { crs }: CentroidArgs, @Ctx() ctx: Context): Promise<object> {
    const row = await ctx.loaders.authorities.centroid.for(SRID[crs] as 4326 | 27700).load(a.code);
    if (!row) throw new Error(`centroid of ${a.code} is not loaded`);
    return row.geojson;
  }

  @FieldResolver(() => GeoJSONScalar, {
    complexity: boundaryCost,
    description: 'Boundary as a GeoJSON MultiPolygon: ONS December 2016 district boundary, clipped to the coastline and generalised to about 200 m (super generalised), made valid. WGS84 unless crs is BNG.',
  })
  async boundary(@Root() a: LocalAuthority, @Args() args: BoundaryArgs, @Ctx() ctx: Context): Promise<object> {
    const options = { simplifyMetres: args.simplifyMetres, precision: args.precision ?? DEFAULT_PRECISION[args.crs], srid: SRID[args.crs] as 4326 | 27700 };
    const row = await ctx.loaders.authorities.boundary.for(options).load(a.code);
    if (!row) throw new Error(`boundary of ${a.code} is not loaded`);
    return row.geojson;
  }

  @FieldResolver(() => PopulationEstimate, { nullable: true, description: 'ONS mid-2016 population estimate with land area and density.' })
  populationEstimate(@Root() a: LocalAuthority): PopulationEstimate | null {
    const row = a as unknown as AuthorityRow;
    if (row.population === null || row.populationMid2015 === null || row.landAreaKm2 === null || row.personsPerKm2 === null) return null;
    return { year: 2016, persons: row.population, personsPreviousYear: row.populationMid2015, landAreaKm2: row.landAreaKm2, personsPerKm2: row.personsPerKm2 };
  }
}

/**
 * The district a nested object points at (a neighbour, a pair, a cluster member), batched. With
 * the resolver's info, it is planned: only its code when no column of its own is selected (the
 * code comes from our own tables), else its row with the planned fields, one statement per list.
 */
export async function loadAuthority(ctx: Context, code: string, info?: GraphQLResolveInfo): Promise<LocalAuthority> {
  const plan = info ? await ctx.plans.for(info) : undefined;
  if (codeOnly(plan)) return { code } as LocalAuthority;
  const row = await (plan ? ctx.loaders.authorities.byCodeWith.for(plan) : ctx.loaders.authorities.byCode).load(code);
  if (!row) throw new Error(`district ${code} is not loaded`);
  return row;
}
