/** GraphQL types of the Social Mobility Index: editions, scores, bands, life stages, indicators. */
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Band } from './mobility.rules';

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

@ObjectType({ simpleResolvers: true, description: 'An edition of the Social Mobility Index: who published it, when, under which licence, and what it covers.' })
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

  @Field(() => Int, { description: 'N: number of districts the edition ranks (324 for 2016; City of London and Isles of Scilly are not ranked).' })
  rankedCount!: number;

  @Field(() => Int, { description: 'k = round(0.2 N): the number of hotspots, and of coldspots.' })
  bandSize!: number;

  @Field(() => Int, { description: 'Hotspots are ranks 1..hotspotMaxRank (= k).' })
  hotspotMaxRank!: number;

  @Field(() => Int, { description: 'Coldspots are ranks coldspotMinRank..N (= N-k+1..N).' })
  coldspotMinRank!: number;

  @Field(() => Int, { description: 'Number of life stages (of 4) with scores in this edition; 0 when only overall scores were published.' })
  lifeStageCount!: number;

  @Field(() => Int, { description: 'Number of indicators (of 16) with values in this edition; 0 when only overall scores were published.' })
  indicatorCount!: number;

  @Field({ description: 'True for the newest loaded edition: the default wherever `edition` is omitted.' })
  latest!: boolean;

  @Field({ description: 'When this edition was loaded into this database (UTC, ISO 8601).' })
  loadedAt!: string;

  sourceId!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Score of a district in one life stage of an edition (published from 2017 on).' })
export class LifeStageScore {
  @Field({ description: 'Life stage code: EARLY_YEARS, SCHOOL, YOUTH or WORKING_LIVES.' })
  lifeStage!: string;

  @Field({ description: 'Life stage name as published.' })
  name!: string;

  @Field(() => Float, { nullable: true, description: 'Life-stage score (higher is better); null when not published.' })
  score!: number | null;

  @Field(() => Int, { nullable: true, description: 'Rank of the life-stage score among ranked districts (1 = best); null when not published.' })
  rank!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'Value of one of the index indicators for a district in an edition.' })
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

  @Field(() => Float, { description: 'Overall index score as published: a standardised composite, higher is better (2016: +117.84 Westminster to -89.36 West Somerset).' })
  score!: number;

  @Field(() => Int, { description: 'Overall rank, 1 = best, among outOf ranked districts.' })
  rank!: number;

  @Field(() => Int, { description: 'N: the number of districts ranked in this edition.' })
  outOf!: number;

  @Field(() => MobilityBand, { description: 'HOTSPOT (rank <= k), COLDSPOT (rank > N-k) or NEITHER, with k = round(0.2 N).' })
  band!: MobilityBand;

  @Field(() => Int, { description: 'Quintile 1 (best) .. 5 (worst): quintile q holds ranks up to round(0.2 q N), so quintile 1 = hotspots and 5 = coldspots.' })
  quintile!: number;

  code!: string;
}

