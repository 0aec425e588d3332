/**
 * Spatial questions: neighbours, nearest districts and hotspots on LocalAuthority; point lookups
 * on Query. All batched through per-request loaders.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { criteriaFromFilter } from '../filter';
import { listOf, neighboursCost, requirePoint } from '../common';
import { loadAuthority, LocalAuthority, plannedValue } from '../authorities';
import { pickEdition } from '../mobility';
import type { Context } from '../server/context';
import { NearestArgs, NearestAuthoritiesArgs, NearestHotspotArgs, NeighboursArgs, PointArgs } from './spatial.args';
import { nearestHotspotPlanKey, neighboursPlanKey } from './spatial.loaders';
import { authorityAtPoint, nearestToPoint, type NeighbourRow } from './spatial.queries';
import { AuthorityDistance, Neighbour, NeighbourKind } from './spatial.type';

/** `neighbours` answered at once from a planned row (direct, unfiltered); undefined otherwise. */
export function plannedNeighbours(a: LocalAuthority, args: NeighboursArgs): Neighbour[] | undefined {
  const plan = neighboursPlanKey(args);
  const rows = plan ? plannedValue<Omit<NeighbourRow, 'source'>[]>(a, plan.key) : undefined;
  return rows?.map((r) => ({ ...r, kind: r.kind as NeighbourKind }));
}

/** `nearestHotspot` answered at once from a planned row; undefined otherwise. */
export function plannedNearestHotspot(a: LocalAuthority, args: NearestHotspotArgs, ctx: Context): AuthorityDistance | null | undefined {
  const plan = nearestHotspotPlanKey(args, ctx.loaders.mobility.editions.peek());
  return plan ? plannedValue<AuthorityDistance | null>(a, plan.key) : undefined;
}

@Resolver(() => LocalAuthority)
export class SpatialResolver {
  @FieldResolver(() => [Neighbour], {
    complexity: neighboursCost,
    description:
      'Neighbouring districts: LAND_BORDER (a shared boundary of positive length) and ACROSS_WATER (facing across a river or estuary, the shortest line crossing no other district and at most maxWaterGapKm long). Precomputed on the GB-wide boundaries. Ordered by hops, land before water, longer border or narrower gap first.',
  })
  async neighbours(@Root() a: LocalAuthority, @Args() args: NeighboursArgs, @Ctx() ctx: Context): Promise<Neighbour[]> {
    const planned = plannedNeighbours(a, args);
    if (planned) return planned;
    const criteria = args.filter ? await criteriaFromFilter(ctx, args.filter) : null;
    const kinds = args.kind ? [args.kind] : [NeighbourKind.LAND_BORDER, NeighbourKind.ACROSS_WATER];
    const rows = await ctx.loaders.spatial.neighbours.for({ kinds, depth: args.depth, maxGapKm: args.maxWaterGapKm, criteria }).load(a.code);
    return rows.map((r) => ({ ...r, kind: r.kind as NeighbourKind }));
  }

  @FieldResolver(() => [AuthorityDistance], {
    complexity: listOf(5),
    description: 'The nearest other districts, nearest first, by CENTROID or BOUNDARY distance in km (EPSG:27700). Never the district itself.',
  })
  async nearest(@Root() a: LocalAuthority, @Args() args: NearestArgs, @Ctx() ctx: Context): Promise<AuthorityDistance[]> {
    const criteria = args.filter ? await criteriaFromFilter(ctx, args.filter) : null;
    return ctx.loaders.spatial.nearest.for({ measure: args.measure, first: args.first, criteria }).load(a.code);
  }

  @FieldResolver(() => AuthorityDistance, {
    nullable: true,
    description: 'The nearest hotspot of the edition (rank <= round(0.2 N)), other than the district itself, by CENTROID or BOUNDARY distance. Null only if the edition had no other hotspot.',
  })
  async nearestHotspot(@Root() a: LocalAuthority, @Args() args: NearestHotspotArgs, @Ctx() ctx: Context): Promise<AuthorityDistance | null> {
    const planned = plannedNearestHotspot(a, args, ctx);
    if (planned !== undefined) return planned;
    const edition = pickEdition(await ctx.loaders.mobility.editions(), args.edition, 'edition').edition;
    const rows = await ctx.loaders.spatial.nearest.for({ measure: args.measure, first: 1, criteria: { edition, band: 'HOTSPOT' } }).load(a.code);
    return rows[0] ?? null;
  }

  @Query(() => LocalAuthority, {
    nullable: true,
    description:
      'The English district a point lies in, on the most detailed boundaries the project has (ONS generalised 20 m, clipped to the coastline). Null outside England: at sea, in Wales or in Scotland. Give lon/lat (WGS84) or easting/northing (British National Grid).',
  })
  async authorityAt(@Args() args: PointArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<LocalAuthority | null> {
    const code = await authorityAtPoint(ctx.db, requirePoint(args, ''));
    return code ? loadAuthority(ctx, code, info) : null;
  }

  @Query(() => [AuthorityDistance], {
    complexity: listOf(5),
    description: 'English districts nearest a point, nearest first, by distance from the point to the district boundary in km (EPSG:27700); 0 for the district containing it.',
  })
  async nearestAuthorities(@Args() args: NearestAuthoritiesArgs, @Ctx() ctx: Context): Promise<AuthorityDistance[]> {
    const point = requirePoint(args, '');
    const criteria = args.filter ? await criteriaFromFilter(ctx, args.filter) : null;
    return nearestToPoint(ctx.db, point, criteria, args.first);
  }
}

@Resolver(() => Neighbour)
export class NeighbourResolver {
  @FieldResolver(() => LocalAuthority, { description: 'The neighbouring district.' })
  authority(@Root() n: Neighbour, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<LocalAuthority> {
    return loadAuthority(ctx, n.code, info);
  }
}

@Resolver(() => AuthorityDistance)
export class AuthorityDistanceResolver {
  @FieldResolver(() => LocalAuthority, { description: 'The district.' })
  authority(@Root() d: AuthorityDistance, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<LocalAuthority> {
    return loadAuthority(ctx, d.code, info);
  }
}
