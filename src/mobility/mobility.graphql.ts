/**
 * The Social Mobility Index in GraphQL: the types of editions, scores, bands, life stages and
 * indicators; the `edition` argument in its one range (mobility.rules.ts) with its resolution
 * against the loaded editions (omitted means the latest loaded); `LocalAuthority.mobility` with
 * the life-stage scores and indicator values of a Mobility, and its planned form (a score and
 * rank fetched with the district's own row); and `editions` and `sources`. The SQL and the
 * loaders that batch it are in mobility.queries.ts.
 */
import { LocalDateResolver } from 'graphql-scalars';
import {
  Args,
  ArgsType,
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
import { LocalAuthority, planned, plannedField } from '../authorities';
import {
  BadUserInputError,
  IntRange,
  listOf,
  Node,
  nodeId,
  type RequestContext,
  Source,
  SourceLoaders,
} from '../common';
import { type EditionRow, MobilityLoaders, mobilityJson, scorePlannedColumn } from './mobility.queries';
import { type Band, bandLimits, EDITION_MAX, EDITION_MIN, standingOf } from './mobility.rules';

export enum MobilityBand {
  HOTSPOT = 'HOTSPOT',
  COLDSPOT = 'COLDSPOT',
  NEITHER = 'NEITHER',
}
const _sameBands: Record<Band, MobilityBand> = MobilityBand; // the rules and the enum agree
void _sameBands;

registerEnumType(MobilityBand, {
  name: 'MobilityBand',
  description:
    'Band of a district in an edition ranking N districts, with k = round(0.2 N) (65 of 324): the best 20% are hotspots, the worst 20% coldspots (Social Mobility Commission, State of the Nation 2017).',
  valuesConfig: {
    HOTSPOT: { description: 'Rank 1..k: among the best 20% of ranked districts.' },
    COLDSPOT: { description: 'Rank N-k+1..N: among the worst 20% of ranked districts.' },
    NEITHER: { description: 'Ranked, in neither band (ranks k+1..N-k).' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description:
    'An edition of the Social Mobility Index: who published it, when, under which licence, and what it covers.',
  implements: Node,
})
export class Edition {
  @Field(() => Int, { description: 'Edition year, e.g. 2016. Pass it as `edition` to fields and filters.' })
  edition!: number;

  @Field({ description: 'Title of the publication.' })
  title!: string;

  @Field({ description: 'Organisation that published the edition.' })
  publisher!: string;

  @Field(() => LocalDateResolver, { description: 'Publication date (YYYY-MM-DD).' })
  publishedOn!: string;

  @Field({ description: 'Licence the figures are used under.' })
  licence!: string;

  @Field({ description: 'Attribution statement the licence requires.' })
  attribution!: string;

  @Field(() => Int, {
    description:
      'N: number of districts the edition ranks (324 for 2016; City of London and Isles of Scilly are not ranked).',
  })
  rankedCount!: number;

  @Field(() => Int, { description: 'k = round(0.2 N): the number of hotspots, and of coldspots.' })
  bandSize!: number;

  @Field(() => Int, { description: 'Hotspots are ranks 1..hotspotMaxRank (= k).' })
  hotspotMaxRank!: number;

  @Field(() => Int, { description: 'Coldspots are ranks coldspotMinRank..N (= N-k+1..N).' })
  coldspotMinRank!: number;

  @Field(() => Int, {
    description: 'Number of life stages (of 4) with scores in this edition; 0 when only overall scores were published.',
  })
  lifeStageCount!: number;

  @Field(() => Int, {
    description: 'Number of indicators (of 16) with values in this edition; 0 when only overall scores were published.',
  })
  indicatorCount!: number;

  @Field({ description: 'True for the newest loaded edition: the default wherever `edition` is omitted.' })
  latest!: boolean;

  @Field({ description: 'When this edition was loaded into this database (UTC, ISO 8601).' })
  loadedAt!: string;

  sourceId!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Score of a district in one life stage of an edition (published from 2017 on).',
})
export class LifeStageScore {
  @Field({ description: 'Life stage code: EARLY_YEARS, SCHOOL, YOUTH or WORKING_LIVES.' })
  lifeStage!: string;

  @Field({ description: 'Life stage name as published.' })
  name!: string;

  @Field(() => Float, { nullable: true, description: 'Life-stage score (higher is better); null when not published.' })
  score!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Rank of the life-stage score among ranked districts (1 = best); null when not published.',
  })
  rank!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Value of one of the index indicators for a district in an edition.',
})
export class IndicatorValue {
  @Field({ description: 'Indicator code within its edition.' })
  indicator!: string;

  @Field({ description: 'Indicator name as published.' })
  name!: string;

  @Field({ description: 'Life stage the indicator belongs to.' })
  lifeStage!: string;

  @Field({ description: 'Unit of the value, e.g. "%" or "£ per week".' })
  unit!: string;

  @Field({ description: 'True when a higher value means better outcomes.' })
  higherIsBetter!: boolean;

  @Field(() => Float, { nullable: true, description: 'The value; null when suppressed or not published.' })
  value!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'How a district does on the Social Mobility Index in one edition.' })
export class Mobility {
  @Field(() => Int, { description: 'Edition year the figures come from.' })
  edition!: number;

  @Field(() => Float, {
    description:
      'Overall index score as published: a standardised composite, higher is better (2016: +117.84 Westminster to -89.36 West Somerset).',
  })
  score!: number;

  @Field(() => Int, { description: 'Overall rank, 1 = best, among outOf ranked districts.' })
  rank!: number;

  @Field(() => Int, { description: 'N: the number of districts ranked in this edition.' })
  outOf!: number;

  @Field(() => MobilityBand, {
    description: 'HOTSPOT (rank <= k), COLDSPOT (rank > N-k) or NEITHER, with k = round(0.2 N).',
  })
  band!: MobilityBand;

  @Field(() => Int, {
    description:
      'Quintile 1 (best) .. 5 (worst): quintile q holds ranks up to round(0.2 q N), so quintile 1 = hotspots and 5 = coldspots.',
  })
  quintile!: number;

  code!: string;
}

// The `edition` argument: an index edition by year, in the one range (mobility.rules.ts) every
// field, filter and command that takes an edition uses, and its resolution against the loaded
// editions (omitted means the latest loaded).

/** Validation of an edition year: a whole number EDITION_MIN..EDITION_MAX. */
export const EditionYear = (): PropertyDecorator => IntRange(EDITION_MIN, EDITION_MAX);

@ArgsType()
export class EditionArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Index edition (year); default the latest loaded. An edition that is not loaded is an error.',
  })
  @EditionYear()
  edition?: number;
}

/**
 * The loaded edition an `edition` argument names: the latest when it is omitted (null or
 * undefined), undefined when that edition is not loaded. The one rule of edition arguments;
 * pickEdition is the same with the error a user sees.
 */
export function findEdition(
  editions: readonly EditionRow[],
  edition: number | null | undefined,
): EditionRow | undefined {
  return edition === null || edition === undefined ? editions[0] : editions.find((e) => e.edition === edition);
}

/** The loaded edition an `edition` argument names (the latest when omitted); `argument` is its path. */
export function pickEdition(
  editions: readonly EditionRow[],
  edition: number | null | undefined,
  argument: string,
): EditionRow {
  if (editions.length === 0) throw new BadUserInputError(argument, 'no index edition is loaded; run npm run db:load');
  const found = findEdition(editions, edition);
  if (!found) {
    throw new BadUserInputError(
      argument,
      `${argument} ${edition} is not loaded; loaded editions: ${editions
        .map((e) => e.edition)
        .sort()
        .join(', ')}`,
    );
  }
  return found;
}

/** The loaded edition an argument names, from the request's loaders (see pickEdition). */
export async function editionOf(
  ctx: RequestContext,
  edition: number | null | undefined,
  argument: string,
): Promise<EditionRow> {
  return pickEdition(await ctx.use(MobilityLoaders).editions(), edition, argument);
}

// A district's standing on the index: `LocalAuthority.mobility` (score, rank, band and quintile
// in an edition) and the life-stage scores and indicator values of that Mobility, batched per
// request.

/** `mobility(edition)` planned: the score and rank fetched with the district's own row, for a loaded edition. */
export const mobilityField = plannedField({
  args: EditionArgs,
  async plan({ edition }: EditionArgs, scope) {
    return findEdition(await scope.use(MobilityLoaders).editions(), edition) ?? null;
  },
  column: (edition) => scorePlannedColumn(edition.edition),
  answer: (score, edition, district) => score && mobilityOf(district.code, edition, score),
  json: (edition, selection, joins) => selection && mobilityJson(edition.edition, selection, joins),
});

function mobilityOf(code: string, e: EditionRow, s: { score: number; rank: number }): Mobility {
  const { band, quintile } = standingOf(s.rank, e);
  return {
    code,
    edition: e.edition,
    score: s.score,
    rank: s.rank,
    outOf: e.rankedCount,
    band: band as MobilityBand,
    quintile,
  };
}

@Resolver(() => LocalAuthority)
export class AuthorityMobilityResolver {
  @FieldResolver(() => Mobility, {
    nullable: true,
    description:
      'Social Mobility Index score, rank, band and quintile in an edition (default the latest loaded). Null when the edition does not rank the district (City of London and Isles of Scilly are never ranked).',
  })
  @Extensions(planned(mobilityField))
  async mobility(
    @Root() a: LocalAuthority,
    @Args() { edition }: EditionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Mobility | null> {
    const e = await editionOf(ctx, edition, 'edition');
    const score = await ctx.use(MobilityLoaders).score.load({ edition: e.edition, code: a.code });
    return score && mobilityOf(a.code, e, score);
  }
}

@Resolver(() => Mobility)
export class MobilityResolver {
  @FieldResolver(() => [LifeStageScore], {
    description:
      'Scores in the four life stages (early years, school, youth, working lives) in life-stage order; empty when the edition published only overall scores (2016).',
  })
  lifeStages(@Root() m: Mobility, @Ctx() ctx: RequestContext): Promise<LifeStageScore[]> {
    return ctx.use(MobilityLoaders).lifeStages.load({ edition: m.edition, code: m.code });
  }

  @FieldResolver(() => [IndicatorValue], {
    description:
      'Values of the 16 indicators, by life stage; empty when the edition published only overall scores (2016).',
  })
  indicators(@Root() m: Mobility, @Ctx() ctx: RequestContext): Promise<IndicatorValue[]> {
    return ctx.use(MobilityLoaders).indicators.load({ edition: m.edition, code: m.code });
  }
}

// `editions` and `sources`: what is loaded and where it comes from.

/** The loaded editions as the API shows them, newest first. */
export async function editionsOf(ctx: RequestContext): Promise<Edition[]> {
  const rows = await ctx.use(MobilityLoaders).editions();
  return rows.map((e, i) => ({ ...e, ...bandLimits(e), latest: i === 0 }));
}

@Resolver(() => Edition)
export class EditionResolver {
  @Query(() => [Edition], {
    complexity: listOf(5),
    description: 'The loaded editions of the Social Mobility Index, newest first.',
  })
  async editions(@Ctx() ctx: RequestContext): Promise<Edition[]> {
    return editionsOf(ctx);
  }

  @FieldResolver(() => ID, { description: 'Global id (Node): opaque and stable. The year is `edition`.' })
  id(@Root() edition: Edition): string {
    return nodeId('Edition', edition.edition);
  }

  @Query(() => [Source], {
    description: 'Every public dataset the API serves figures from, with licence and required attribution.',
  })
  sources(@Ctx() ctx: RequestContext): Promise<Source[]> {
    return ctx.use(SourceLoaders).all();
  }

  @FieldResolver(() => Source, {
    nullable: true,
    description: 'The dataset the edition was loaded from; null for an import without one.',
  })
  async source(@Root() edition: Edition, @Ctx() ctx: RequestContext): Promise<Source | null> {
    return (await ctx.use(SourceLoaders).all()).find((s) => s.id === edition.sourceId) ?? null;
  }
}
