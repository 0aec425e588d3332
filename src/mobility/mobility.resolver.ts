/** Life-stage scores and indicator values of a district's Mobility, batched per request. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../server/context';
import { IndicatorValue, LifeStageScore, Mobility } from './mobility.type';

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
