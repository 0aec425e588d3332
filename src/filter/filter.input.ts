/** The AuthorityFilter input: conditions on districts, combinable with and/or/not. */
import { ArrayMaxSize, ArrayMinSize, Length } from 'class-validator';
import { GeoJSONScalar, IntRange, Nested } from '../common';
import { WithinInput } from './within.input';
import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { RuralUrbanClass } from '../classification';
import { MobilityBand } from '../mobility';
import { EditionYear } from '../mobility';

export enum BandChange {
  ENTERED = 'ENTERED',
  LEFT = 'LEFT',
}

registerEnumType(BandChange, {
  name: 'BandChange',
  description: 'Direction of a move across a band boundary between two editions.',
  valuesConfig: {
    ENTERED: { description: 'Outside the band in `from`, inside it in `to`.' },
    LEFT: { description: 'Inside the band in `from`, outside it in `to`.' },
  },
});

@InputType({
  description:
    'Districts that moved into or out of a band between two editions, e.g. { from: 2016, to: 2017, band: COLDSPOT, change: ENTERED }.',
})
export class BandChangeInput {
  @Field(() => Int, { description: 'Earlier edition (loaded).' })
  @EditionYear()
  from!: number;

  @Field(() => Int, { description: 'Later edition (loaded).' })
  @EditionYear()
  to!: number;

  @Field(() => MobilityBand, {
    nullable: true,
    defaultValue: MobilityBand.COLDSPOT,
    description: 'The band; default COLDSPOT.',
  })
  band!: MobilityBand;

  @Field(() => BandChange, { description: 'ENTERED or LEFT.' })
  change!: BandChange;
}

/** Most codes a filter may list (more than there are districts). */
export const MAX_FILTER_CODES = 500;
/** Deepest nesting of and/or/not a filter may have. */
export const MAX_FILTER_DEPTH = 6;

@InputType({
  description:
    'Conditions a district must meet. All given fields must hold (AND); use `or` and `not` for other combinations. Omitted fields do not filter.',
})
export class AuthorityFilter {
  @Field(() => [ID], {
    nullable: true,
    description: `ONS LAD16 codes; the district must be one of them (at most ${MAX_FILTER_CODES}). Unknown codes match nothing.`,
  })
  @ArrayMaxSize(MAX_FILTER_CODES, { message: `must list at most ${MAX_FILTER_CODES} codes` })
  codes?: string[];

  @Field({ nullable: true, description: 'Case-insensitive substring of the district name, 1-100 characters.' })
  @Length(1, 100, { message: (a) => `must be 1 to 100 characters long (got ${String(a.value).length})` })
  nameContains?: string;

  @Field({
    nullable: true,
    description: 'English region by name (case-insensitive, e.g. "London") or ONS code (e.g. E12000007).',
  })
  region?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The 2016 districts of an area, by its ONS code: a county (E10000020 Norfolk), metropolitan county, combined authority (E47000001 Greater Manchester), region, England, or a council of 2016 to 2025 (E06000066 Somerset Council: its five 2016 districts). Find codes with `areas(search:)`.',
  })
  @Length(1, 20, {
    message: (a) => `must be an ONS area code such as E10000020 (got ${JSON.stringify(String(a.value).slice(0, 40))})`,
  })
  area?: string;

  @Field(() => MobilityBand, {
    nullable: true,
    description: 'Band in the chosen edition. Districts the edition does not rank match no band.',
  })
  band?: MobilityBand;

  @Field(() => Int, {
    nullable: true,
    description:
      'Edition that band, rankFrom/rankTo (and RANK/SCORE ordering) refer to; default the latest loaded. Alone it does not filter.',
  })
  @EditionYear()
  edition?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Lowest (best) rank to include, 1..N of the edition. Unranked districts are excluded when rankFrom or rankTo is given.',
  })
  @IntRange(1, 100000)
  rankFrom?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Highest (worst) rank to include, 1..N of the edition, at least rankFrom.',
  })
  @IntRange(1, 100000)
  rankTo?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Most deprived IMD 2015 rank to include: rank of average score among the 326 districts, 1 = most deprived. With imdRankTo, e.g. 218..326 is the least deprived third.',
  })
  @IntRange(1, 326)
  imdRankFrom?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Least deprived IMD 2015 rank to include (rank of average score, 1..326), at least imdRankFrom.',
  })
  @IntRange(1, 326)
  imdRankTo?: number;

  @Field({
    nullable: true,
    description:
      'true: only Predominantly Rural districts (DEFRA classes Mainly Rural, Largely Rural); false: only the others.',
  })
  rural?: boolean;

  @Field(() => [RuralUrbanClass], {
    nullable: true,
    description: 'DEFRA rural-urban classes; the district must be in one of them.',
  })
  ruralUrban?: RuralUrbanClass[];

  @Field({
    nullable: true,
    description:
      'true: only industrial districts (ONS supergroup "Services and Industrial Legacy" or group "Manufacturing Traits"); false: only the others.',
  })
  industrial?: boolean;

  @Field({
    nullable: true,
    description:
      'true: only coastal districts (at least 0.5 km of boundary faces open water at least 2 km wide; see Classification.coastlineKm); false: only the others.',
  })
  coastal?: boolean;

  @Field(() => BandChangeInput, {
    nullable: true,
    description: 'Only districts that entered or left a band between two editions (ranked in both).',
  })
  @Nested()
  bandChange?: BandChangeInput;

  @Field(() => WithinInput, {
    nullable: true,
    description: 'Only districts within a distance (km) of a point or of a district.',
  })
  @Nested()
  withinKm?: WithinInput;

  @Field(() => [Float], {
    nullable: true,
    description:
      'Only districts whose boundary intersects this WGS84 box: [minLon, minLat, maxLon, maxLat], longitudes -180..180, latitudes -90..90, min < max.',
  })
  @ArrayMinSize(4, {
    message: (a) => `must be [minLon, minLat, maxLon, maxLat] (got ${(a.value as unknown[]).length} numbers)`,
  })
  @ArrayMaxSize(4, {
    message: (a) => `must be [minLon, minLat, maxLon, maxLat] (got ${(a.value as unknown[]).length} numbers)`,
  })
  bbox?: number[];

  @Field(() => GeoJSONScalar, {
    nullable: true,
    description:
      'Only districts whose boundary intersects this GeoJSON geometry (RFC 7946, WGS84 lon/lat; Point, LineString, Polygon, their Multi* forms or a GeometryCollection; at most 10,000 positions). Invalid geometry is an error saying what is wrong.',
  })
  intersects?: Record<string, unknown>;

  @Field(() => [AuthorityFilter], { nullable: true, description: 'Every one of these filters must hold.' })
  @Nested()
  and?: AuthorityFilter[];

  @Field(() => [AuthorityFilter], {
    nullable: true,
    description: 'At least one of these filters must hold (an empty list matches nothing).',
  })
  @Nested()
  or?: AuthorityFilter[];

  @Field(() => AuthorityFilter, { nullable: true, description: 'This filter must not hold.' })
  @Nested()
  not?: AuthorityFilter;
}
