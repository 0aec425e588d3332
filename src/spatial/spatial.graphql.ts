/**
 * Spatial questions in GraphQL: the types of the relations between districts, the arguments of
 * the spatial fields and queries with their bounds, and their resolvers (neighbours, nearest
 * districts and hotspots on LocalAuthority; point lookups on Query), with the planned forms of
 * `neighbours` (direct, unfiltered) and `nearestHotspot`, fetched with the district's own row
 * (authorities/authority.graphql.ts). The SQL and the loaders that batch it are in
 * spatial.queries.ts.
 */
import type { GraphQLResolveInfo } from 'graphql';
import {
  Args,
  ArgsType,
  Ctx,
  Extensions,
  Field,
  FieldResolver,
  Float,
  Info,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { loadAuthority, LocalAuthority, planned, plannedField } from '../authorities';
import {
  BNG_MAX_EASTING,
  BNG_MAX_NORTHING,
  FloatRange,
  IntRange,
  listOf,
  neighboursCost,
  Nested,
  NoFields,
  type RequestContext,
  requirePoint,
  withPointFields,
} from '../common';
import { AuthorityFilter, criteriaFromFilter } from '../filter';
import { editionOf, EditionYear, findEdition, MobilityLoaders } from '../mobility';
import {
  authorityAtPoint,
  nearestHotspotPlannedColumn,
  nearestToPoint,
  neighboursPlannedColumn,
  type NeighbourRow,
  SpatialLoaders,
} from './spatial.queries';
import { DEFAULT_WATER_GAP_KM, MAX_WATER_GAP_KM } from './spatial.rules';

export enum NeighbourKind {
  LAND_BORDER = 'LAND_BORDER',
  ACROSS_WATER = 'ACROSS_WATER',
}

registerEnumType(NeighbourKind, {
  name: 'NeighbourKind',
  description:
    'How two districts neighbour each other. Computed on the GB-wide boundaries (Welsh and Scottish districts included), clipped to the coastline.',
  valuesConfig: {
    LAND_BORDER: {
      description: 'The boundaries share a line of positive length (sharedBorderKm); a corner touch does not count.',
    },
    ACROSS_WATER: {
      description:
        'The boundaries do not touch, but face each other across a river, estuary or strait: the shortest line between them crosses no other district (GB-wide) and is at most maxWaterGapKm long (gapKm).',
    },
  },
});

export enum DistanceMeasure {
  CENTROID = 'CENTROID',
  BOUNDARY = 'BOUNDARY',
}

registerEnumType(DistanceMeasure, {
  name: 'DistanceMeasure',
  description: 'How the distance between two districts is measured, in British National Grid (EPSG:27700).',
  valuesConfig: {
    CENTROID: { description: 'Between the centroids of the two boundaries.' },
    BOUNDARY: {
      description:
        'Shortest distance between the two boundaries: 0 when they touch; ties are broken by centroid distance.',
    },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: 'A neighbouring district and how it neighbours the district asked about.',
})
export class Neighbour {
  @Field(() => NeighbourKind, {
    description:
      'LAND_BORDER or ACROSS_WATER. For hops > 1, the kind of the last link on a shortest path (LAND_BORDER when both kinds reach it in as many hops).',
  })
  kind!: NeighbourKind;

  @Field(() => Float, {
    nullable: true,
    description: 'Length of the shared land border in km (EPSG:27700). Null for ACROSS_WATER and for hops > 1.',
  })
  sharedBorderKm!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Shortest distance across the water between the boundaries, in km (EPSG:27700). Null for LAND_BORDER and for hops > 1.',
  })
  gapKm!: number | null;

  @Field(() => Int, {
    description:
      'Number of neighbour links from the district asked about: 1 = direct neighbour, 2 = neighbour of a neighbour, ... Each district appears once, at its smallest hop count.',
  })
  hops!: number;

  code!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A district and its distance from a district or point.' })
export class AuthorityDistance {
  @Field(() => Float, {
    description:
      'Distance in km, measured in British National Grid (EPSG:27700). 0 when the boundaries touch (BOUNDARY) or the point is inside the district.',
  })
  distanceKm!: number;

  code!: string;
}

// Arguments of the spatial fields and queries, with their bounds.

export const MAX_DEPTH = 3;
export const MAX_NEAREST = 100;

@ArgsType()
export class NeighboursArgs {
  @Field(() => NeighbourKind, { nullable: true, description: 'LAND_BORDER or ACROSS_WATER; omitted: both.' })
  kind?: NeighbourKind;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 1,
    description: `Hops, 1..${MAX_DEPTH}: 1 = direct neighbours, 2 adds neighbours of neighbours, and so on. Default 1.`,
  })
  @IntRange(1, MAX_DEPTH)
  depth!: number;

  @Field(() => Float, {
    nullable: true,
    defaultValue: DEFAULT_WATER_GAP_KM,
    description: `Widest water (km, EPSG:27700) an ACROSS_WATER link may cross, 0..${MAX_WATER_GAP_KM}; default ${DEFAULT_WATER_GAP_KM}.`,
  })
  @FloatRange(0, MAX_WATER_GAP_KM)
  maxWaterGapKm!: number;

  @Field(() => AuthorityFilter, {
    nullable: true,
    description: 'Only neighbours matching this filter (the walk itself goes through every English district).',
  })
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
  @Field(() => DistanceMeasure, {
    nullable: true,
    defaultValue: DistanceMeasure.CENTROID,
    description: 'CENTROID (default) or BOUNDARY distance.',
  })
  measure!: DistanceMeasure;
}

@ArgsType()
export class NearestHotspotArgs {
  @Field(() => Int, { nullable: true, description: 'Index edition whose hotspots count; default the latest loaded.' })
  @EditionYear()
  edition?: number;

  @Field(() => DistanceMeasure, {
    nullable: true,
    defaultValue: DistanceMeasure.CENTROID,
    description: 'CENTROID (default) or BOUNDARY distance.',
  })
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

// The planned forms of `neighbours` (direct and unfiltered) and `nearestHotspot` (a loaded
// edition), fetched with the district's own row; and the resolvers.

const ALL_KINDS: NeighbourKind[] = [NeighbourKind.LAND_BORDER, NeighbourKind.ACROSS_WATER];

const neighbourOf = (r: Omit<NeighbourRow, 'source'>): Neighbour => ({ ...r, kind: r.kind as NeighbourKind });

export const neighboursField = plannedField({
  args: NeighboursArgs,
  plan: (args: NeighboursArgs) =>
    args.depth === 1 && !args.filter
      ? { kinds: args.kind ? [args.kind] : ALL_KINDS, maxGapKm: args.maxWaterGapKm }
      : null,
  column: neighboursPlannedColumn,
  answer: (rows) => rows.map(neighbourOf),
});

export const nearestHotspotField = plannedField({
  args: NearestHotspotArgs,
  async plan(args: NearestHotspotArgs, scope) {
    const edition = findEdition(await scope.use(MobilityLoaders).editions(), args.edition);
    return edition ? { edition: edition.edition, measure: args.measure } : null;
  },
  column: (p) => nearestHotspotPlannedColumn(p.edition, p.measure),
  answer: (nearest): AuthorityDistance | null => nearest,
});

@Resolver(() => LocalAuthority)
export class SpatialResolver {
  @FieldResolver(() => [Neighbour], {
    complexity: neighboursCost,
    description:
      'Neighbouring districts: LAND_BORDER (a shared boundary of positive length) and ACROSS_WATER (facing across a river or estuary, the shortest line crossing no other district and at most maxWaterGapKm long). Precomputed on the GB-wide boundaries. Ordered by hops, land before water, longer border or narrower gap first.',
  })
  @Extensions(planned(neighboursField))
  async neighbours(
    @Root() a: LocalAuthority,
    @Args() args: NeighboursArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Neighbour[]> {
    const criteria = args.filter ? await criteriaFromFilter(ctx, args.filter) : null;
    const kinds = args.kind ? [args.kind] : ALL_KINDS;
    const rows = await ctx
      .use(SpatialLoaders)
      .neighbours.for({ kinds, depth: args.depth, maxGapKm: args.maxWaterGapKm, criteria })
      .load(a.code);
    return rows.map(neighbourOf);
  }

  @FieldResolver(() => [AuthorityDistance], {
    complexity: listOf(5),
    description:
      'The nearest other districts, nearest first, by CENTROID or BOUNDARY distance in km (EPSG:27700). Never the district itself.',
  })
  async nearest(
    @Root() a: LocalAuthority,
    @Args() args: NearestArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthorityDistance[]> {
    const criteria = args.filter ? await criteriaFromFilter(ctx, args.filter) : null;
    return ctx.use(SpatialLoaders).nearest.for({ measure: args.measure, first: args.first, criteria }).load(a.code);
  }

  @FieldResolver(() => AuthorityDistance, {
    nullable: true,
    description:
      'The nearest hotspot of the edition (rank <= round(0.2 N)), other than the district itself, by CENTROID or BOUNDARY distance. Null only if the edition had no other hotspot.',
  })
  @Extensions(planned(nearestHotspotField))
  async nearestHotspot(
    @Root() a: LocalAuthority,
    @Args() args: NearestHotspotArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthorityDistance | null> {
    const { edition } = await editionOf(ctx, args.edition, 'edition');
    const rows = await ctx
      .use(SpatialLoaders)
      .nearest.for({ measure: args.measure, first: 1, criteria: { edition, band: 'HOTSPOT' } })
      .load(a.code);
    return rows[0] ?? null;
  }

  @Query(() => LocalAuthority, {
    nullable: true,
    description:
      'The English district a point lies in, on the most detailed boundaries the project has (ONS generalised 20 m, clipped to the coastline). Null outside England: at sea, in Wales or in Scotland. Give lon/lat (WGS84) or easting/northing (British National Grid).',
  })
  async authorityAt(
    @Args() args: PointArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LocalAuthority | null> {
    const code = await authorityAtPoint(ctx.db, requirePoint(args, ''));
    return code ? loadAuthority(ctx, code, info) : null;
  }

  @Query(() => [AuthorityDistance], {
    complexity: listOf(5),
    description:
      'English districts nearest a point, nearest first, by distance from the point to the district boundary in km (EPSG:27700); 0 for the district containing it.',
  })
  async nearestAuthorities(
    @Args() args: NearestAuthoritiesArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthorityDistance[]> {
    const point = requirePoint(args, '');
    const criteria = args.filter ? await criteriaFromFilter(ctx, args.filter) : null;
    return nearestToPoint(ctx.db, point, criteria, args.first);
  }
}

@Resolver(() => Neighbour)
export class NeighbourResolver {
  @FieldResolver(() => LocalAuthority, { description: 'The neighbouring district.' })
  authority(
    @Root() n: Neighbour,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LocalAuthority> {
    return loadAuthority(ctx, n.code, info);
  }
}

@Resolver(() => AuthorityDistance)
export class AuthorityDistanceResolver {
  @FieldResolver(() => LocalAuthority, { description: 'The district.' })
  authority(
    @Root() d: AuthorityDistance,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LocalAuthority> {
    return loadAuthority(ctx, d.code, info);
  }
}
