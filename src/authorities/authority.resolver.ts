/** Fields of LocalAuthority that come from other tables or take arguments; all go through loaders. */
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { broadGroupEnumOf, Classification, Region, ruralUrbanClassOf } from '../classification/classification.type';
import { boundaryCost } from '../common/cost';
import { DEFAULT_PRECISION, SRID } from '../common/crs.enum';
import { GeoJSONScalar } from '../common/geojson.scalar';
import { Deprivation, DeprivationDomain, type DeprivationMeasures } from '../deprivation/deprivation.type';
import { pickEdition } from '../mobility/edition.resolve';
import { bandOf, quintileOf } from '../mobility/mobility.rules';
import { Mobility, MobilityBand } from '../mobility/mobility.type';
import type { Context } from '../server/context';
import { BoundaryArgs, CentroidArgs, EditionArgs } from './authority.args';
import type { AuthorityRow } from './authority.queries';
import { LocalAuthority, PopulationEstimate } from './authority.type';

@Resolver(() => LocalAuthority)
export class LocalAuthorityResolver {
  @FieldResolver(() => Region, { description: 'The English region the district is in (ONS LAD16 to RGN16 lookup).' })
  async region(@Root() a: LocalAuthority, @Ctx() ctx: Context): Promise<Region> {
    const region = await ctx.loaders.classification.region(a.regionCode);
    if (!region) throw new Error(`region ${a.regionCode} of ${a.code} is not loaded`);
    return region;
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

  @FieldResolver(() => Classification, { description: 'Rural-urban class (DEFRA 2011), rural and industrial flags, and ONS area type.' })
  async classification(@Root() a: LocalAuthority, @Ctx() ctx: Context): Promise<Classification> {
    const c = await ctx.loaders.classification.classification.load(a.code);
    if (!c) throw new Error(`classification of ${a.code} is not loaded`);
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

  @FieldResolver(() => Mobility, {
    nullable: true,
    description: 'Social Mobility Index score, rank, band and quintile in an edition (default the latest loaded). Null when the edition does not rank the district (City of London and Isles of Scilly are never ranked).',
  })
  async mobility(@Root() a: LocalAuthority, @Args() { edition }: EditionArgs, @Ctx() ctx: Context): Promise<Mobility | null> {
    const e = pickEdition(await ctx.loaders.mobility.editions(), edition, 'edition');
    const score = await ctx.loaders.mobility.score.load({ edition: e.edition, code: a.code });
    if (!score) return null;
    return {
      code: a.code,
      edition: e.edition,
      score: score.score,
      rank: score.rank,
      outOf: e.rankedCount,
      band: bandOf(score.rank, e.rankedCount) as MobilityBand,
      quintile: quintileOf(score.rank, e.rankedCount),
    };
  }

  @FieldResolver(() => Deprivation, { nullable: true, description: 'English Indices of Deprivation 2015 summary for the district (all 326 districts have one).' })
  async deprivation(@Root() a: LocalAuthority, @Ctx() ctx: Context): Promise<Deprivation | null> {
    const rows = await ctx.loaders.deprivation.byCode.load(a.code);
    const imd = rows.find((r) => r.domain === 'IMD');
    if (!imd) return null;
    const measures = (r: (typeof rows)[number]): DeprivationMeasures => ({ ...r, domain: r.domain as DeprivationDomain });
    const required = (value: number | null, what: string): number => {
      if (value === null) throw new Error(`IMD ${what} of ${a.code} is not loaded`);
      return value;
    };
    return {
      imd: measures(imd),
      extent: required(imd.extent, 'extent'),
      rankOfExtent: required(imd.rankOfExtent, 'rank of extent'),
      localConcentration: required(imd.localConcentration, 'local concentration'),
      rankOfLocalConcentration: required(imd.rankOfLocalConcentration, 'rank of local concentration'),
      domains: rows.map(measures),
      outOf: imd.outOf,
    };
  }
}
