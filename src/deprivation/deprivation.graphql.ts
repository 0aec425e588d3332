/**
 * The English Indices of Deprivation 2015 district summaries (DCLG, File 10) in GraphQL: their
 * types and the field of LocalAuthority this domain owns. Ranks are among the 326 districts of
 * England, 1 = most deprived. The SQL and its loader are in deprivation.queries.ts.
 */
import {
  Ctx,
  Extensions,
  Field,
  FieldResolver,
  Float,
  Int,
  ObjectType,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { LocalAuthority, planned, plannedField } from '../authorities';
import type { RequestContext } from '../common';
import { DEPRIVATION_COLUMN, deprivationJson, DeprivationLoaders, type DeprivationRow } from './deprivation.queries';

export enum DeprivationDomain {
  IMD = 'IMD',
  INCOME = 'INCOME',
  EMPLOYMENT = 'EMPLOYMENT',
  EDUCATION = 'EDUCATION',
  HEALTH = 'HEALTH',
  CRIME = 'CRIME',
  BARRIERS = 'BARRIERS',
  LIVING_ENVIRONMENT = 'LIVING_ENVIRONMENT',
  IDACI = 'IDACI',
  IDAOPI = 'IDAOPI',
}

registerEnumType(DeprivationDomain, {
  name: 'DeprivationDomain',
  description: 'The Index of Multiple Deprivation 2015, its seven domains and the two supplementary indices.',
  valuesConfig: {
    IMD: { description: 'Index of Multiple Deprivation (all domains combined).' },
    INCOME: { description: 'Income Deprivation domain.' },
    EMPLOYMENT: { description: 'Employment Deprivation domain.' },
    EDUCATION: { description: 'Education, Skills and Training Deprivation domain.' },
    HEALTH: { description: 'Health Deprivation and Disability domain.' },
    CRIME: { description: 'Crime domain.' },
    BARRIERS: { description: 'Barriers to Housing and Services domain.' },
    LIVING_ENVIRONMENT: { description: 'Living Environment Deprivation domain.' },
    IDACI: { description: 'Income Deprivation Affecting Children Index (supplementary).' },
    IDAOPI: { description: 'Income Deprivation Affecting Older People Index (supplementary).' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description:
    'Summary measures of one deprivation domain for a district (IoD 2015). Rank 1 = most deprived of the 326 districts; tied values share a rank.',
})
export class DeprivationMeasures {
  @Field(() => DeprivationDomain, { description: 'The domain these measures describe.' })
  domain!: DeprivationDomain;

  @Field(() => Float, {
    description:
      "Population-weighted average of the district's neighbourhood (LSOA) ranks, where the most deprived of England's 32,844 LSOAs has the highest rank: higher = more deprived.",
  })
  averageRank!: number;

  @Field(() => Int, { description: 'Rank of averageRank among the 326 districts (1 = most deprived).' })
  rankOfAverageRank!: number;

  @Field(() => Float, {
    description:
      'Population-weighted average of LSOA scores. For Income, Employment, IDACI and IDAOPI a rate (0-1); for Health, Crime, Barriers and Living Environment a standardised score that can be negative.',
  })
  averageScore!: number;

  @Field(() => Int, {
    description:
      'Rank of averageScore among the 326 districts (1 = most deprived). For IMD this is the headline district ranking.',
  })
  rankOfAverageScore!: number;

  @Field(() => Float, { description: "Share (0-1) of the district's LSOAs in England's most deprived 10%." })
  mostDeprived10PctShare!: number;

  @Field(() => Int, { description: 'Rank of mostDeprived10PctShare (1 = highest share); ties share a rank.' })
  rankOfMostDeprived10PctShare!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Income and Employment only: number of people income- or employment-deprived (a count). Null for other domains.',
  })
  scale!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Rank of scale (1 = most people deprived). Null where scale is null.',
  })
  rankOfScale!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'English Indices of Deprivation 2015 district summary (DCLG, 30 September 2015; File 10). Figures are for the 326 districts of 2015, identical to the 2016 districts.',
})
export class Deprivation {
  @Field(() => DeprivationMeasures, { description: 'Index of Multiple Deprivation: the overall measures.' })
  imd!: DeprivationMeasures;

  @Field(() => Float, {
    description:
      'IMD extent (0-1): share of the population living in the most deprived 30% of LSOAs, weighted from 1 in the worst 10% tapering to 0 at 30%.',
  })
  extent!: number;

  @Field(() => Int, { description: 'Rank of extent (1 = most deprived); ties share a rank.' })
  rankOfExtent!: number;

  @Field(() => Float, {
    description:
      "IMD local concentration: population-weighted average rank of the district's most deprived LSOAs holding 10% of its population (higher = more deprived).",
  })
  localConcentration!: number;

  @Field(() => Int, { description: 'Rank of local concentration (1 = most deprived).' })
  rankOfLocalConcentration!: number;

  @Field(() => [DeprivationMeasures], {
    description: 'Measures for each of the seven domains and two supplementary indices, IMD first.',
  })
  domains!: DeprivationMeasures[];

  @Field(() => Int, { description: 'Number of districts ranked (326).' })
  outOf!: number;
}

// The field of LocalAuthority this domain owns: its Indices of Deprivation 2015 summary, planned
// (fetched with the districts' own statement) and loaded per batch otherwise.

/** A district's summary from its rows (IMD first); null when it has none. */
function deprivationOf(code: string, rows: readonly DeprivationRow[]): Deprivation | null {
  const imd = rows.find((r) => r.domain === 'IMD');
  if (!imd) return null;
  const measures = (r: DeprivationRow): DeprivationMeasures => ({ ...r, domain: r.domain as DeprivationDomain });
  const required = (value: number | null, what: string): number => {
    if (value === null) throw new Error(`IMD ${what} of ${code} is not loaded`);
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

export const deprivationField = plannedField({
  plan: () => true,
  column: () => DEPRIVATION_COLUMN,
  answer: (rows, _plan, district) => deprivationOf(district.code, rows),
  json: (_plan, selection, joins) => selection && deprivationJson(selection, joins),
});

@Resolver(() => LocalAuthority)
export class AuthorityDeprivationResolver {
  @FieldResolver(() => Deprivation, {
    nullable: true,
    description: 'English Indices of Deprivation 2015 summary for the district (all 326 districts have one).',
  })
  @Extensions(planned(deprivationField))
  async deprivation(@Root() a: LocalAuthority, @Ctx() ctx: RequestContext): Promise<Deprivation | null> {
    return deprivationOf(a.code, await ctx.use(DeprivationLoaders).byCode.load(a.code));
  }
}
