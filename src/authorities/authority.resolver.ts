/**
 * The LocalAuthority entity: `Query.authority` (one district by code or name) and the fields that
 * come with the district itself (its boundary, centroid and population estimate). Fields from
 * other data live with their domain: region and classification in classification/, mobility in
 * mobility/, deprivation in deprivation/, neighbours and nearest in spatial/.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError, boundaryCost, DEFAULT_PRECISION, GeoJSONScalar, SRID } from '../common';
import type { Context } from '../server/context';
import { AuthorityArgs, BoundaryArgs, CentroidArgs } from './authority.args';
import { codeOnly } from './authority.plan';
import { authorityByName, type AuthorityRow } from './authority.queries';
import { LocalAuthority, PopulationEstimate } from './authority.type';

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
    // One statement: the row with the other domains' planned fields (authority.plan.ts).
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
