/** Arguments of the analytics fields, with their bounds and documented defaults. */
import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { ArgsType, Field, Float, ID, Int } from 'type-graphql';
import { AuthorityFilter } from '../filter';
import { FloatRange, IntRange, Nested } from '../common';
import { DeprivationDomain } from '../deprivation';
import { DEFAULT_WATER_GAP_KM, MAX_WATER_GAP_KM } from '../spatial';
import { ClusterType, SimilarityVariable, SummaryGroupBy } from './analytics.type';
import { DEFAULT_BASIS } from './similarity.rules';
import { EditionYear } from '../mobility';

export const DEFAULT_PERMUTATIONS = 999;
export const MAX_PERMUTATIONS = 9999;
/** Default seed of the permutation tests: the year of the shipped edition, 2016. */
export const DEFAULT_SEED = 2016;
export const DEFAULT_ALPHA = 0.05;

@ArgsType()
export class SummaryArgs {
  @Field(() => SummaryGroupBy, { description: 'What to group the districts by.' })
  groupBy!: SummaryGroupBy;

  @Field(() => AuthorityFilter, {
    nullable: true,
    description: 'Only districts matching this filter; omitted: all 326.',
  })
  @Nested()
  filter?: AuthorityFilter;

  @Field(() => Int, { nullable: true, description: 'Index edition; default the latest loaded.' })
  @EditionYear()
  edition?: number;
}

@ArgsType()
export class CorrelationArgs {
  @Field(() => AuthorityFilter, {
    nullable: true,
    description: 'Only districts matching this filter (and ranked by the edition).',
  })
  @Nested()
  filter?: AuthorityFilter;

  @Field(() => Int, { nullable: true, description: 'Index edition; default the latest loaded.' })
  @EditionYear()
  edition?: number;

  @Field(() => DeprivationDomain, {
    nullable: true,
    defaultValue: DeprivationDomain.IMD,
    description: 'Deprivation domain; default IMD.',
  })
  domain!: DeprivationDomain;
}

@ArgsType()
export class SimilarArgs {
  @Field(() => Int, { nullable: true, defaultValue: 5, description: 'How many, 1..50; default 5.' })
  @IntRange(1, 50)
  first!: number;

  @Field(() => [SimilarityVariable], {
    nullable: true,
    description: `Variables to compare on (1..11 distinct). Default: ${DEFAULT_BASIS.join(', ')}.`,
  })
  @ArrayMinSize(1, { message: 'must list at least one variable' })
  @ArrayMaxSize(11, { message: 'must list at most 11 variables' })
  basis?: SimilarityVariable[];
}

@ArgsType()
export class MoranArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PERMUTATIONS,
    description: `Permutations of the test, 99..${MAX_PERMUTATIONS}; default ${DEFAULT_PERMUTATIONS}.`,
  })
  @IntRange(99, MAX_PERMUTATIONS)
  permutations!: number;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_SEED,
    description: `Seed of the pseudo-random generator, 0..2147483647; default ${DEFAULT_SEED}.`,
  })
  @IntRange(0, 2147483647)
  seed!: number;

  @Field(() => Float, {
    nullable: true,
    defaultValue: DEFAULT_WATER_GAP_KM,
    description: `Districts are linked by land borders and across-water pairs up to this gap (km), 0..${MAX_WATER_GAP_KM}; default ${DEFAULT_WATER_GAP_KM}.`,
  })
  @FloatRange(0, MAX_WATER_GAP_KM)
  maxWaterGapKm!: number;
}

@ArgsType()
export class ClusterArgs extends MoranArgs {
  @Field(() => Float, {
    nullable: true,
    defaultValue: DEFAULT_ALPHA,
    description: `Significance level, 0.001..0.2; default ${DEFAULT_ALPHA}.`,
  })
  @FloatRange(0.001, 0.2)
  alpha!: number;

  @Field(() => ClusterType, { nullable: true, description: 'Only districts of this cluster type.' })
  cluster?: ClusterType;
}

@ArgsType()
export class CompareArgs {
  @Field(() => [ID], { description: 'ONS codes of 2..20 distinct districts.' })
  @ArrayMinSize(2, { message: (a) => `must list at least 2 districts (got ${(a.value as unknown[]).length})` })
  @ArrayMaxSize(20, { message: (a) => `must list at most 20 districts (got ${(a.value as unknown[]).length})` })
  codes!: string[];

  @Field(() => Int, { nullable: true, description: 'Index edition; default the latest loaded.' })
  @EditionYear()
  edition?: number;
}
