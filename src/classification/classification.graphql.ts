/**
 * Regions and the classifications of districts in GraphQL: their types, the `region` argument's
 * resolution (a name or an E12 code), the fields of LocalAuthority this domain owns (its region
 * and how it is classified, with the planned form of `classification`, fetched with the
 * district's own row), and `regions` with their district and band counts per edition. The SQL
 * and the loaders that batch it are in classification.queries.ts.
 */
import {
  Args,
  Ctx,
  Extensions,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { AuthorityLoaders, LocalAuthority, planned, plannedField } from '../authorities';
import { BadUserInputError, listOf, Node, nodeId, type RequestContext } from '../common';
import { editionOf, EditionArgs } from '../mobility';
import { broadGroupOf } from './classification.rules';
import {
  CLASSIFICATION_COLUMN,
  classificationJsonShape,
  ClassificationLoaders,
  type ClassificationNames,
  regionJson,
  type ClassificationRow,
  type RegionRow,
  type RegionStatsRow,
} from './classification.queries';

export enum RuralUrbanClass {
  MAINLY_RURAL = 'MAINLY_RURAL',
  LARGELY_RURAL = 'LARGELY_RURAL',
  URBAN_WITH_SIGNIFICANT_RURAL = 'URBAN_WITH_SIGNIFICANT_RURAL',
  URBAN_WITH_CITY_AND_TOWN = 'URBAN_WITH_CITY_AND_TOWN',
  URBAN_WITH_MINOR_CONURBATION = 'URBAN_WITH_MINOR_CONURBATION',
  URBAN_WITH_MAJOR_CONURBATION = 'URBAN_WITH_MAJOR_CONURBATION',
}

/** DEFRA class codes 1..6 in the order of the enum. */
export const RURAL_URBAN_CODE: Record<RuralUrbanClass, number> = {
  MAINLY_RURAL: 1,
  LARGELY_RURAL: 2,
  URBAN_WITH_SIGNIFICANT_RURAL: 3,
  URBAN_WITH_CITY_AND_TOWN: 4,
  URBAN_WITH_MINOR_CONURBATION: 5,
  URBAN_WITH_MAJOR_CONURBATION: 6,
};

export function ruralUrbanClassOf(code: number): RuralUrbanClass {
  const found = (Object.keys(RURAL_URBAN_CODE) as RuralUrbanClass[]).find((k) => RURAL_URBAN_CODE[k] === code);
  if (!found) throw new RangeError(`rural-urban class code must be 1..6 (got ${code})`);
  return found;
}

registerEnumType(RuralUrbanClass, {
  name: 'RuralUrbanClass',
  description:
    'DEFRA Rural-Urban Classification 2011 of local authority districts (six classes, by the share of the population in rural areas including hub towns).',
  valuesConfig: {
    MAINLY_RURAL: {
      description: 'Class 1: Mainly Rural (rural including hub towns >= 80%). Broad group Predominantly Rural.',
    },
    LARGELY_RURAL: {
      description: 'Class 2: Largely Rural (rural including hub towns 50-79%). Broad group Predominantly Rural.',
    },
    URBAN_WITH_SIGNIFICANT_RURAL: {
      description:
        'Class 3: Urban with Significant Rural (rural including hub towns 26-49%). Broad group of the same name.',
    },
    URBAN_WITH_CITY_AND_TOWN: { description: 'Class 4: Urban with City and Town. Broad group Predominantly Urban.' },
    URBAN_WITH_MINOR_CONURBATION: {
      description: 'Class 5: Urban with Minor Conurbation. Broad group Predominantly Urban.',
    },
    URBAN_WITH_MAJOR_CONURBATION: {
      description: 'Class 6: Urban with Major Conurbation. Broad group Predominantly Urban.',
    },
  },
});

export enum RuralUrbanBroadGroup {
  PREDOMINANTLY_RURAL = 'PREDOMINANTLY_RURAL',
  URBAN_WITH_SIGNIFICANT_RURAL = 'URBAN_WITH_SIGNIFICANT_RURAL',
  PREDOMINANTLY_URBAN = 'PREDOMINANTLY_URBAN',
}

registerEnumType(RuralUrbanBroadGroup, {
  name: 'RuralUrbanBroadGroup',
  description: 'DEFRA three-fold grouping of the rural-urban classes.',
  valuesConfig: {
    PREDOMINANTLY_RURAL: { description: 'Classes 1-2 (Mainly Rural, Largely Rural).' },
    URBAN_WITH_SIGNIFICANT_RURAL: { description: 'Class 3.' },
    PREDOMINANTLY_URBAN: { description: 'Classes 4-6.' },
  },
});

export function broadGroupEnumOf(name: string): RuralUrbanBroadGroup {
  const key = name.toUpperCase().replace(/ /g, '_') as RuralUrbanBroadGroup;
  if (!(key in RuralUrbanBroadGroup)) throw new RangeError(`unknown broad group "${name}"`);
  return key;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: 'An English region (ONS RGN16).' })
export class Region {
  @Field(() => ID, { description: 'ONS region code, e.g. E12000007 (London).' })
  code!: string;

  @Field({ description: 'ONS region name, e.g. "London".' })
  name!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A class of the ONS 2011 Area Classification for Local Authorities (v2).',
})
export class AreaClass {
  @Field({ description: 'Class code: "6" (supergroup), "6a" (group), "6a1" (subgroup).' })
  code!: string;

  @Field({ description: 'Class name as published by ONS, e.g. "Services and Industrial Legacy".' })
  name!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'ONS 2011 Area Classification for Local Authorities v2 (July 2017). City of London and Westminster share one published row.',
})
export class AreaType {
  @Field(() => AreaClass, { description: 'Supergroup, e.g. 6 "Services and Industrial Legacy".' })
  supergroup!: AreaClass;

  @Field(() => AreaClass, { description: 'Group, e.g. 6a "Services, Manufacturing and Mining Legacy".' })
  group!: AreaClass;

  @Field(() => AreaClass, { description: 'Subgroup, e.g. 6a1 "Manufacturing Legacy".' })
  subgroup!: AreaClass;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'How a district is classified: rural-urban (DEFRA 2011), rural and industrial flags, and area type (ONS 2011).',
})
export class Classification {
  @Field(() => RuralUrbanClass, { description: 'DEFRA Rural-Urban Classification 2011 class.' })
  ruralUrban!: RuralUrbanClass;

  @Field(() => Int, { description: 'DEFRA class code 1..6 (1 = Mainly Rural, 6 = Urban with Major Conurbation).' })
  ruralUrbanCode!: number;

  @Field({ description: 'DEFRA class label as published.' })
  ruralUrbanName!: string;

  @Field(() => RuralUrbanBroadGroup, { description: 'DEFRA broad group of the class.' })
  ruralUrbanBroadGroup!: RuralUrbanBroadGroup;

  @Field({ description: 'True when the broad group is Predominantly Rural (classes Mainly Rural and Largely Rural).' })
  rural!: boolean;

  @Field(() => Float, {
    description: 'Percent of the 2011 population living in rural areas including hub towns (DEFRA).',
  })
  ruralPopulationPct2011!: number;

  @Field({
    description:
      'True when the ONS area type supergroup is "Services and Industrial Legacy" (6) or the group is "Manufacturing Traits" (8a).',
  })
  industrial!: boolean;

  @Field({
    description:
      'True when at least 0.5 km of the boundary faces open water at least 2 km wide (sea, estuary mouth): computed on the GB-wide boundaries clipped to the coastline, so land borders with Wales and Scotland are not coast and tidal rivers narrower than 2 km are not coast. See coastlineKm.',
  })
  coastal!: boolean;

  @Field(() => Float, {
    description:
      'Length in km (EPSG:27700) of the boundary that faces open water at least 2 km wide: the boundary within 5 m of the water left after removing every channel narrower than 2 km (a morphological opening of the water around Great Britain). 0 for inland districts. Apply your own threshold if 0.5 km does not suit.',
  })
  coastlineKm!: number;

  @Field(() => AreaType, {
    description: 'ONS 2011 Area Classification for Local Authorities: supergroup, group and subgroup.',
  })
  areaType!: AreaType;
}

// Resolves a `region` argument given as a name (case-insensitive) or an E12 code.

export function pickRegion(regions: RegionRow[], value: string, argument: string): RegionRow {
  const wanted = value.trim().toLowerCase();
  const found = regions.find((r) => r.code.toLowerCase() === wanted || r.name.toLowerCase() === wanted);
  if (!found) {
    throw new BadUserInputError(
      argument,
      `${argument} ${JSON.stringify(value)} is not an English region; use a name or E12 code: ${regions.map((r) => `${r.name} (${r.code})`).join(', ')}`,
    );
  }
  return found;
}

// The fields of LocalAuthority this domain owns: its region and how it is classified.

function classificationOf(c: ClassificationRow): Classification {
  return {
    ruralUrban: ruralUrbanClassOf(c.ruralUrbanCode),
    ruralUrbanCode: c.ruralUrbanCode,
    ruralUrbanName: c.ruralUrbanName,
    ruralUrbanBroadGroup: broadGroupEnumOf(c.broadGroup),
    rural: c.rural,
    ruralPopulationPct2011: c.ruralPopulationPct2011,
    industrial: c.industrial,
    coastal: c.coastal,
    coastlineKm: c.coastlineKm,
    areaType: {
      supergroup: { code: c.supergroupCode, name: c.supergroupName },
      group: { code: c.groupCode, name: c.groupName },
      subgroup: { code: c.subgroupCode, name: c.subgroupName },
    },
  };
}

function classificationOfDistrict(code: string, c: ClassificationRow | null): Classification {
  if (!c) throw new Error(`classification of ${code} is not loaded`);
  return classificationOf(c);
}

function regionOfDistrict(district: { code: string; regionCode: string }, regions: readonly RegionRow[]): Region {
  const region = regions.find((r) => r.code === district.regionCode);
  if (!region) throw new Error(`region ${district.regionCode} of ${district.code} is not loaded`);
  return region;
}

/** `region` planned: the regions are reference data, so it is answered from the district's row once they are at hand. */
export const regionField = plannedField({
  row: true,
  plan: async (_args: object, scope) => scope.use(ClassificationLoaders).regions(),
  answer: (_none: undefined, regions, district) => regionOfDistrict(district, regions),
  json: (_regions, selection, joins) => selection && regionJson(selection, joins),
});

/** The enum values classificationOf gives, for lists written as JSON (classificationJsonShape). */
export const CLASSIFICATION_NAMES: ClassificationNames = {
  ruralUrbanClasses: [1, 2, 3, 4, 5, 6].map(ruralUrbanClassOf),
  broadGroups: Object.fromEntries([1, 3, 4].map(broadGroupOf).map((name) => [name, broadGroupEnumOf(name)])),
};

/** `classification` planned: one JSON column of the district's own row statement. */
export const classificationField = plannedField({
  plan: () => true,
  column: () => CLASSIFICATION_COLUMN,
  answer: (c, _plan, district) => classificationOfDistrict(district.code, c),
  json: (_plan, selection, joins) => selection && classificationJsonShape(selection, CLASSIFICATION_NAMES, joins),
});

@Resolver(() => LocalAuthority)
export class AuthorityClassificationResolver {
  @FieldResolver(() => Region, { description: 'The English region the district is in (ONS LAD16 to RGN16 lookup).' })
  @Extensions(planned(regionField))
  async region(@Root() a: LocalAuthority, @Ctx() ctx: RequestContext): Promise<Region> {
    return regionOfDistrict(a, await ctx.use(ClassificationLoaders).regions());
  }

  @FieldResolver(() => Classification, {
    description: 'Rural-urban class (DEFRA 2011), rural and industrial flags, and ONS area type.',
  })
  @Extensions(planned(classificationField))
  async classification(@Root() a: LocalAuthority, @Ctx() ctx: RequestContext): Promise<Classification> {
    return classificationOfDistrict(a.code, await ctx.use(ClassificationLoaders).classification.load(a.code));
  }
}

// `regions` and the fields of Region: district counts and band counts per edition.

async function statsOf(region: Region, edition: number | undefined, ctx: RequestContext): Promise<RegionStatsRow> {
  const e = await editionOf(ctx, edition, 'edition');
  const stats = (await ctx.use(ClassificationLoaders).regionStats.for(e.edition)()).get(region.code);
  return stats ?? { regionCode: region.code, authorityCount: 0, rankedCount: 0, hotspotCount: 0, coldspotCount: 0 };
}

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { complexity: listOf(9), description: "England's 9 regions (ONS RGN16), by name." })
  regions(@Ctx() ctx: RequestContext): Promise<Region[]> {
    return ctx.use(ClassificationLoaders).regions();
  }

  @FieldResolver(() => ID, { description: 'Global id (Node): opaque and stable. The ONS code is `code`.' })
  id(@Root() region: Region): string {
    return nodeId('Region', region.code);
  }

  @FieldResolver(() => Int, { description: 'Number of districts in the region (ranked or not).' })
  async authorityCount(@Root() region: Region, @Ctx() ctx: RequestContext): Promise<number> {
    return (await statsOf(region, undefined, ctx)).authorityCount;
  }

  @FieldResolver(() => Int, {
    description: 'Number of districts in the region the edition ranks (default the latest edition).',
  })
  async rankedCount(
    @Root() region: Region,
    @Args() { edition }: EditionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<number> {
    return (await statsOf(region, edition, ctx)).rankedCount;
  }

  @FieldResolver(() => Int, {
    description: 'Number of hotspots (rank <= k = round(0.2 N)) in the region in the edition (default the latest).',
  })
  async hotspotCount(
    @Root() region: Region,
    @Args() { edition }: EditionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<number> {
    return (await statsOf(region, edition, ctx)).hotspotCount;
  }

  @FieldResolver(() => Int, {
    description: 'Number of coldspots (rank > N - k) in the region in the edition (default the latest).',
  })
  async coldspotCount(
    @Root() region: Region,
    @Args() { edition }: EditionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<number> {
    return (await statsOf(region, edition, ctx)).coldspotCount;
  }

  @FieldResolver(() => [LocalAuthority], {
    complexity: listOf(67),
    description:
      'The districts in the region, by name. For filtered or paged lists use authorities(filter: { region }).',
  })
  authorities(@Root() region: Region, @Ctx() ctx: RequestContext): Promise<LocalAuthority[]> {
    return ctx.use(AuthorityLoaders).byRegion.load(region.code);
  }
}
