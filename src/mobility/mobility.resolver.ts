/**
 * A district's standing on the index: `LocalAuthority.mobility` (score, rank, band and quintile
 * in an edition) and the life-stage scores and indicator values of that Mobility, batched per
 * request.
 */
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LocalAuthority, plannedValue } from '../authorities';
import type { Context } from '../server/context';
import { EditionArgs, pickEdition } from './edition.args';
import { mobilityPlanKey } from './mobility.loaders';
import { standingOf } from './mobility.rules';
import { IndicatorValue, LifeStageScore, Mobility, MobilityBand } from './mobility.type';

@Resolver(() => LocalAuthority)
export class AuthorityMobilityResolver {
  @FieldResolver(() => Mobility, {
    nullable: true,
    description: 'Social Mobility Index score, rank, band and quintile in an edition (default the latest loaded). Null when the edition does not rank the district (City of London and Isles of Scilly are never ranked).',
  })
  async mobility(@Root() a: LocalAuthority, @Args() { edition }: EditionArgs, @Ctx() ctx: Context): Promise<Mobility | null> {
    const e = pickEdition(await ctx.loaders.mobility.editions(), edition, 'edition');
    const planned = plannedValue<{ score: number; rank: number } | null>(a, mobilityPlanKey(e.edition));
    const score = planned !== undefined ? planned : await ctx.loaders.mobility.score.load({ edition: e.edition, code: a.code });
    if (!score) return null;
    const { band, quintile } = standingOf(score.rank, e);
    return { code: a.code, edition: e.edition, score: score.score, rank: score.rank, outOf: e.rankedCount, band: band as MobilityBand, quintile };
  }
}

@Resolver(() => Mobility)
export class MobilityResolver {
  @FieldResolver(() => [LifeStageScore], { description: 'Scores in the four life stages (early years, school, youth, working lives) in life-stage order; empty when the edition published only overall scores (2016).' })
  lifeStages(@Root() m: Mobility, @Ctx() ctx: Context): Promise<LifeStageScore[]> {
    return ctx.loaders.mobility.lifeStages.load({ edition: m.edition, code: m.code });
  }

  @FieldResolver(() => [IndicatorValue], { description: 'Values of the 16 indicators, by life stage; empty when the edition published only overall scores (2016).' })
  indicators(@Root() m: Mobility, @Ctx() ctx: Context): Promise<IndicatorValue[]> {
    return ctx.loaders.mobility.indicators.load({ edition: m.edition, code: m.code });
  }
}
