/**
 * Areas people name, in GraphQL: counties, metropolitan counties, combined authorities, regions,
 * England, and the councils of 2016 to 2025 (a 2016 district is an Area too, with its code), each
 * with the 2016 districts that make it up, what it replaced and what replaced it, its boundary,
 * and a summary of its districts' figures (derived, never the Commission's). `Query.area`,
 * `Query.areas`, and on LocalAuthority its `successor` (planned) and `areas`. The SQL and loaders
 * are in areas.queries.ts; the rules (kinds, years, search form, membership) in areas.rules.ts.
 */
import { Length } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Args,
  ArgsType,
  Ctx,
  Extensions,
  Field,
  FieldResolver,
  Float,
  ID,
  Info,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { BoundaryArgs, boundaryOptions, loadAuthority, LocalAuthority, planned, plannedField } from '../authorities';
import {
  BadUserInputError,
  boundaryCost,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  GeoJSONScalar,
  IntRange,
  listOf,
  MAX_PAGE_SIZE,
  Node,
  nodeId,
  offsetAfter,
  pageInfo,
  PageInfo,
  type RequestContext,
} from '../common';
import { editionOf, EditionYear } from '../mobility';
import {
  AreaLoaders,
  areasByName,
  countAreas,
  searchAreas,
  SUCCESSOR_COLUMN,
  type AreaRow,
  type AreaSearch,
} from './areas.queries';
import { AREA_YEARS, inForce, MEMBER_SHARE, searchForm, type AreaKind as Kind } from './areas.rules';

export enum AreaKind {
  DISTRICT = 'DISTRICT',
  COUNTY = 'COUNTY',
  METROPOLITAN_COUNTY = 'METROPOLITAN_COUNTY',
  COMBINED_AUTHORITY = 'COMBINED_AUTHORITY',
  REGION = 'REGION',
  COUNTRY = 'COUNTRY',
}
const _sameKinds: Record<Kind, AreaKind> = AreaKind; // the rules and the enum agree
void _sameKinds;

registerEnumType(AreaKind, {
  name: 'AreaKind',
  description: 'What an area is (ONS geography, 2014–2025).',
  valuesConfig: {
    DISTRICT: {
      description:
        'A lower-tier council: one of the 326 districts of 2016 (the same code), or a council made since (Somerset, North Yorkshire, Cumberland, …).',
    },
    COUNTY: {
      description:
        'A two-tier (non-metropolitan) county, e.g. Norfolk; some were abolished for unitary councils (Somerset to 2022).',
    },
    METROPOLITAN_COUNTY: { description: 'A metropolitan county, e.g. Greater Manchester, West Midlands.' },
    COMBINED_AUTHORITY: { description: 'A combined authority, e.g. Greater Manchester, Liverpool City Region.' },
    REGION: { description: 'One of the 9 English regions.' },
    COUNTRY: { description: 'England.' },
  },
});

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'An area people name: a council of 2016 to 2025, a county, metropolitan county, combined authority, region or England, with the 2016 districts that make it up.',
})
export class Area {
  @Field(() => ID, {
    description:
      'ONS code, e.g. E10000020 (Norfolk county), E06000066 (Somerset Council, from 2023), E07000191 (West Somerset, a 2016 district).',
  })
  code!: string;

  @Field({ description: 'Name, the newest ONS name ("Folkestone and Hythe" for E07000112).' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The name a 2016 district had in 2016 when it has been renamed since ("Shepway"); null otherwise.',
  })
  formerName!: string | null;

  @Field(() => AreaKind, { description: 'What the area is.' })
  kind!: AreaKind;

  @Field(() => Int, {
    nullable: true,
    description: `First year in force; null when it was in force before ${AREA_YEARS.first}, where the data begins.`,
  })
  validFrom!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Last year in force; null when still in force (${AREA_YEARS.last}, where the data ends).`,
  })
  validTo!: number | null;

  @Field(() => Float, {
    description:
      "Area in km² (EPSG:27700) of its boundary: the union of its districts' coastline-clipped, generalised boundaries.",
  })
  areaKm2!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A 2016 district and how much of it lies inside an area.' })
export class AreaDistrict {
  @Field(() => Float, {
    description: `Share of the district's area inside the area, 0..1, measured in PostGIS on the ONS boundaries when the data is built; from 0.95 recorded as 1 (the two generalisations differ at the coast). At least ${MEMBER_SHARE}: one of the area's districts.`,
  })
  share!: number;

  districtCode!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "The Social Mobility Index figures of an area's 2016 districts in one edition, aggregated. DERIVED by this API from the districts' published ranks and scores and the ONS mid-2016 populations: the Commission ranks districts only, and publishes no figure for counties, councils or regions, so none of these is the Commission's.",
})
export class AreaSummary {
  @Field(() => Int, { description: 'Edition the figures come from.' })
  edition!: number;

  @Field(() => Int, { description: 'Number of 2016 districts in the area (ranked or not).' })
  districtCount!: number;

  @Field(() => Int, { description: 'Number of them the edition ranks.' })
  rankedCount!: number;

  @Field(() => Int, { description: 'Hotspots among them (rank <= round(0.2 N) of the edition).' })
  hotspotCount!: number;

  @Field(() => Int, { description: 'Coldspots among them (rank > N - round(0.2 N)).' })
  coldspotCount!: number;

  @Field(() => Int, { description: "Sum of the districts' ONS mid-2016 populations." })
  population!: number;

  @Field(() => Int, { description: 'Population of the ranked districts.' })
  rankedPopulation!: number;

  @Field(() => Int, { description: 'Population living in districts that are hotspots.' })
  populationInHotspots!: number;

  @Field(() => Int, { description: 'Population living in districts that are coldspots.' })
  populationInColdspots!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Mean of the ranked districts' scores (each district counts once); null when none is ranked.",
  })
  meanScore!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Mean of the ranked districts' scores weighted by their mid-2016 population: the score of the average resident. Derived, not published.",
  })
  populationWeightedScore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median rank of the ranked districts.' })
  medianRank!: number | null;

  @Field(() => Int, { nullable: true, description: 'Best (lowest) rank among them.' })
  bestRank!: number | null;

  @Field(() => Int, { nullable: true, description: 'Worst (highest) rank among them.' })
  worstRank!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'One area in a page of results, with its cursor.' })
export class AreaEdge {
  @Field({ description: 'Opaque cursor: pass it as `after` to continue after this area.' })
  cursor!: string;

  @Field(() => Area, { description: 'The area.' })
  node!: Area;
}

@ObjectType({ simpleResolvers: true, description: 'A page of areas matching a search.' })
export class AreaConnection {
  @Field(() => [AreaEdge], { description: 'The areas on this page, each with its cursor.' })
  edges!: AreaEdge[];

  @Field(() => [Area], { description: 'The areas on this page (the same as edges.node).' })
  nodes!: Area[];

  @Field(() => PageInfo, { description: 'Cursors and whether more pages follow or precede.' })
  pageInfo!: PageInfo;

  search!: AreaSearch;
}

// Arguments.

const AsOf = (): PropertyDecorator => IntRange(AREA_YEARS.first, AREA_YEARS.last);

@ArgsType()
export class AreaArgs {
  @Field(() => ID, { nullable: true, description: 'ONS code, e.g. E10000020. An unknown code gives null.' })
  @Length(1, 20, {
    message: (a) => `must be an ONS code such as E10000020 (got ${JSON.stringify(String(a.value).slice(0, 40))})`,
  })
  code?: string;

  @Field({
    nullable: true,
    description:
      'Name, exact but case-insensitive ("norfolk"); a 2016 name counts too ("Shepway"). A name that matches nothing gives null: find the spelling with areas(search:).',
  })
  @Length(1, 100, { message: (a) => `must be 1 to 100 characters long (got ${String(a.value).length})` })
  name?: string;

  @Field(() => AreaKind, {
    nullable: true,
    description:
      'Only an area of this kind (a name some kinds share: "Greater Manchester" is a metropolitan county and a combined authority).',
  })
  kind?: AreaKind;

  @Field(() => Int, {
    nullable: true,
    description: `With name: the area of that name in force in this year, ${AREA_YEARS.first}..${AREA_YEARS.last} ("Somerset" in 2020 is the county, in 2023 the council). Default: the newest; among areas in force together, England, a region, a combined authority, a metropolitan county, a county, then a council.`,
  })
  @AsOf()
  asOf?: number;
}

@ArgsType()
export class AreasArgs {
  @Field({
    nullable: true,
    description:
      'Part of a name, 1-100 characters; case, accents and punctuation are ignored ("kings lynn" finds "King\'s Lynn and West Norfolk").',
  })
  @Length(1, 100, { message: (a) => `must be 1 to 100 characters long (got ${String(a.value).length})` })
  search?: string;

  @Field(() => AreaKind, { nullable: true, description: 'Only areas of this kind.' })
  kind?: AreaKind;

  @Field(() => Int, {
    nullable: true,
    description: `Only areas in force in this year, ${AREA_YEARS.first}..${AREA_YEARS.last}; omitted: every year.`,
  })
  @AsOf()
  asOf?: number;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Page size, 1..${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  @IntRange(1, MAX_PAGE_SIZE)
  first!: number;

  @Field({
    nullable: true,
    description: "Cursor of the area to continue after (an edge's cursor or pageInfo.endCursor).",
  })
  after?: string;
}

@ArgsType()
export class AreaSummaryArgs {
  @Field(() => Int, { nullable: true, description: 'Index edition (year); default the latest loaded.' })
  @EditionYear()
  edition?: number;
}

@ArgsType()
export class AreasOfDistrictArgs {
  @Field(() => AreaKind, { nullable: true, description: 'Only areas of this kind.' })
  kind?: AreaKind;

  @Field(() => Int, {
    nullable: true,
    description: `Only areas in force in this year, ${AREA_YEARS.first}..${AREA_YEARS.last}; omitted: every year.`,
  })
  @AsOf()
  asOf?: number;
}

export const areaOf = (row: AreaRow): Area => ({ ...row, kind: row.kind as AreaKind });

// Query.area and Query.areas.

@Resolver(() => Area)
export class AreaQueryResolver {
  @Query(() => Area, {
    nullable: true,
    description:
      'One area by ONS code or by name: a county ("Norfolk"), metropolitan county, combined authority ("Greater Manchester"), region, England, or a council of 2016 to 2025 ("Somerset", "Sheffield"); a 2016 district is an area too. Give exactly one of code and name. Null when nothing matches.',
  })
  async area(@Args() { code, name, kind, asOf }: AreaArgs, @Ctx() ctx: RequestContext): Promise<Area | null> {
    if ((code == null) === (name == null))
      throw new BadUserInputError(code == null ? 'code' : 'name', 'area needs exactly one of code or name');
    if (code != null) {
      const row = await ctx.use(AreaLoaders).byCode.load(code.trim().toUpperCase());
      return row && (kind == null || row.kind === kind) ? areaOf(row) : null;
    }
    const rows = await areasByName(ctx.db, (name ?? '').trim(), asOf ?? null, kind ?? null);
    return rows[0] ? areaOf(rows[0]) : null;
  }

  @Query(() => AreaConnection, {
    complexity: listOf(100),
    description:
      'Areas whose name contains `search` (case, accents and punctuation ignored), of a kind, in force in a year; by kind (England first, councils last), newest first, then name.',
  })
  async areas(@Args() args: AreasArgs, @Ctx() ctx: RequestContext): Promise<AreaConnection> {
    const offset = offsetAfter(args.after);
    const text = args.search === undefined || args.search === null ? null : searchForm(args.search);
    const search: AreaSearch = { text: text || null, kind: args.kind ?? null, year: args.asOf ?? null };
    const rows = await searchAreas(ctx.db, search, args.first, offset);
    const items = rows.slice(0, args.first).map(areaOf);
    return {
      search,
      nodes: items,
      edges: items.map((node, i) => ({ node, cursor: encodeCursor(offset + i) })),
      pageInfo: pageInfo({ items, offset, hasNextPage: rows.length > args.first }),
    };
  }
}

@Resolver(() => AreaConnection)
export class AreaConnectionResolver {
  @FieldResolver(() => Int, { description: 'Number of areas matching, on all pages.' })
  totalCount(@Root() connection: AreaConnection, @Ctx() ctx: RequestContext): Promise<number> {
    return countAreas(ctx.db, connection.search);
  }
}

// The fields of Area.

/**
 * What replaced an area, or what it replaced: the areas holding some of its districts in force
 * the year after it ended (or before it began), of its kind, or a council for a county and a
 * county for a council (Somerset County Council's land went to the unitary Somerset Council).
 */
async function sameKindNeighbours(area: Area, ctx: RequestContext, direction: 'after' | 'before'): Promise<Area[]> {
  const loaders = ctx.use(AreaLoaders);
  const year = direction === 'after' ? area.validTo : area.validFrom;
  if (year === null) return [];
  const next = direction === 'after' ? year + 1 : year - 1;
  const districts = (await loaders.districts.load(area.code))
    .filter((d) => d.share >= MEMBER_SHARE)
    .map((d) => d.districtCode);
  const candidates = (await loaders.ofDistrict.loadMany(districts)).flatMap((rows) =>
    rows instanceof Error ? [] : rows,
  );
  const seen = new Set<string>();
  const tiers = new Set<string>([
    area.kind,
    ...(area.kind === AreaKind.COUNTY ? [AreaKind.DISTRICT] : area.kind === AreaKind.DISTRICT ? [AreaKind.COUNTY] : []),
  ]);
  return candidates
    .filter(
      (r) => tiers.has(r.kind) && r.code !== area.code && inForce(r, next) && !seen.has(r.code) && seen.add(r.code),
    )
    .map(areaOf);
}

@Resolver(() => Area)
export class AreaResolver {
  @FieldResolver(() => ID, { description: 'Global id (Node): opaque and stable. The ONS code is `code`.' })
  id(@Root() area: Area): string {
    return nodeId('Area', area.code);
  }

  @FieldResolver(() => [LocalAuthority], {
    complexity: listOf(30),
    description: `The 2016 districts whose land makes up the area (at least ${MEMBER_SHARE} of each district inside it), by name. For a council made since 2016, its predecessors; for a 2016 district, itself.`,
  })
  async districts(
    @Root() area: Area,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LocalAuthority[]> {
    const rows = (await ctx.use(AreaLoaders).districts.load(area.code)).filter((d) => d.share >= MEMBER_SHARE);
    return Promise.all(rows.map((d) => loadAuthority(ctx, d.districtCode, info)));
  }

  @FieldResolver(() => [AreaDistrict], {
    complexity: listOf(30),
    description:
      "Every 2016 district with land inside the area and the share of it that is inside, by name; the districts whose share is below 0.5 are not the area's districts.",
  })
  async districtShares(@Root() area: Area, @Ctx() ctx: RequestContext): Promise<AreaDistrict[]> {
    return ctx.use(AreaLoaders).districts.load(area.code);
  }

  @FieldResolver(() => AreaSummary, {
    description:
      "The index figures of the area's 2016 districts in an edition (default the latest), aggregated: derived by this API, not published by the Commission.",
  })
  async summary(
    @Root() area: Area,
    @Args() { edition }: AreaSummaryArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<AreaSummary> {
    const e = await editionOf(ctx, edition, 'edition');
    const row = await ctx.use(AreaLoaders).summary.for(e.edition).load(area.code);
    if (!row) throw new Error(`area ${area.code} has no districts`);
    return { ...row, edition: e.edition };
  }

  @FieldResolver(() => GeoJSONScalar, {
    complexity: boundaryCost,
    description:
      "Boundary as a GeoJSON MultiPolygon: the union of its districts' boundaries (ONS, clipped to the coastline, generalised to about 200 m). WGS84 unless crs is BNG.",
  })
  async boundary(@Root() area: Area, @Args() args: BoundaryArgs, @Ctx() ctx: RequestContext): Promise<object> {
    const row = await ctx.use(AreaLoaders).boundary.for(boundaryOptions(args)).load(area.code);
    if (!row) throw new Error(`boundary of area ${area.code} is not loaded`);
    return row.geojson;
  }

  @FieldResolver(() => [Area], {
    description:
      "The areas that hold all of its districts and more, in force in some of the same years (a county's region and England), by kind.",
  })
  async parents(@Root() area: Area, @Ctx() ctx: RequestContext): Promise<Area[]> {
    return this.related(
      ctx,
      (await ctx.use(AreaLoaders).parents.load(area.code)).map((r) => r.outerCode),
    );
  }

  @FieldResolver(() => [Area], {
    complexity: listOf(30),
    description:
      "The areas made of some of its districts, in force in some of the same years (a county's districts), by kind.",
  })
  async children(@Root() area: Area, @Ctx() ctx: RequestContext): Promise<Area[]> {
    return this.related(
      ctx,
      (await ctx.use(AreaLoaders).children.load(area.code)).map((r) => r.innerCode),
    );
  }

  @FieldResolver(() => [Area], {
    description:
      'What replaced it: the areas in force the year after it ended that hold some of its districts, of its kind, or a council for a county (Somerset Council for Mendip, and for Somerset County). Empty while it is in force.',
  })
  replacedBy(@Root() area: Area, @Ctx() ctx: RequestContext): Promise<Area[]> {
    return sameKindNeighbours(area, ctx, 'after');
  }

  @FieldResolver(() => [Area], {
    description:
      'What it replaced: the areas in force the year before it began that hold some of its districts, of its kind, or a county for a council (Mendip, Sedgemoor, South Somerset, Somerset West and Taunton and Somerset County for Somerset Council). Empty for an area in force from the start of the data.',
  })
  replaces(@Root() area: Area, @Ctx() ctx: RequestContext): Promise<Area[]> {
    return sameKindNeighbours(area, ctx, 'before');
  }

  private async related(ctx: RequestContext, codes: string[]): Promise<Area[]> {
    const rows = await ctx.use(AreaLoaders).byCode.loadMany(codes);
    return rows.flatMap((r) => (r && !(r instanceof Error) ? [areaOf(r)] : []));
  }
}

@Resolver(() => AreaDistrict)
export class AreaDistrictResolver {
  @FieldResolver(() => LocalAuthority, { description: 'The 2016 district.' })
  authority(
    @Root() d: AreaDistrict,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LocalAuthority> {
    return loadAuthority(ctx, d.districtCode, info);
  }
}

// The fields of LocalAuthority this domain owns: the council that covers it now, and its areas.

const successorOf = (code: string, row: AreaRow | null): Area => {
  if (!row) throw new Error(`district ${code} has no council in force at the end of the data`);
  return areaOf(row);
};

/** `successor` planned: the council, as one JSON column of the districts' own statement. */
export const successorField = plannedField({
  plan: () => true,
  column: () => SUCCESSOR_COLUMN,
  answer: (row, _plan, district) => successorOf(district.code, row),
});

@Resolver(() => LocalAuthority)
export class AuthorityAreasResolver {
  @FieldResolver(() => Area, {
    description: `The council that covers the district in the newest geography (${AREA_YEARS.last}): itself when unchanged, else the council it became part of (Somerset Council for West Somerset; North Yorkshire for Harrogate).`,
  })
  @Extensions(planned(successorField))
  async successor(@Root() a: LocalAuthority, @Ctx() ctx: RequestContext): Promise<Area> {
    return successorOf(a.code, await ctx.use(AreaLoaders).successor.load(a.code));
  }

  @FieldResolver(() => [Area], {
    description:
      'The areas the district is part of (itself, its councils over time, county, metropolitan county, combined authorities, region, England), by kind; narrowed by kind and year.',
  })
  async areas(
    @Root() a: LocalAuthority,
    @Args() { kind, asOf }: AreasOfDistrictArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Area[]> {
    const rows = await ctx.use(AreaLoaders).ofDistrict.load(a.code);
    return rows.filter((r) => (kind == null || r.kind === kind) && (asOf == null || inForce(r, asOf))).map(areaOf);
  }
}
