/**
 * A district's standing on the index: `LocalAuthority.mobility` (score, rank, band and quintile
 * in an edition) and the life-stage scores and indicator values of that Mobility, batched per
 * request.
 */
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LocalAuthority, plannedValue } from '../authorities';
import type { Context } from '../server/context';
import { EditionArgs, pickEdition } from './edition.args';
import type { EditionRow } from './edition.queries';
import { mobilityPlanKey } from './mobility.loaders';
import { standingOf } from './mobility.rules';
import { IndicatorValue, LifeStageScore, Mobility, MobilityBand } from './mobility.type';

/**
 * `mobility` answered at once from a planned row (authorities/authority.plan.ts): no promise and
 * no argument conversion, since only a loaded edition is ever planned. Undefined when the row was
 * not planned with this edition (or the editions are not at hand yet): the resolver then loads it.
 */
export function plannedMobility(a: LocalAuthority, args: { edition?: number | null }, ctx: Context): Mobility | null | undefined {
  const editions = ctx.loaders.mobility.editions.peek();
  const e = editions && (args.edition == null ? editions[0] : editions.find((x) => x.edition === args.edition));
  if (!e) return undefined;
  const planned = plannedValue<{ score: number; rank: number } | null>(a, mobilityPlanKey(e.edition));
  if (planned === undefined) return undefined;
  return planned && mobilityOf(a.code, e, planned);
}

function mobilityOf(code: string, e: EditionRow, s: { score: number; rank: number }): Mobility {
  const { band, quintile } = standingOf(s.rank, e);
  return { code, edition: e.edition, score: s.score, rank: s.rank, outOf: e.rankedCount, band: band as MobilityBand, quintile };
}

@Resolver(() => LocalAuthority)
export class AuthorityMobilityResolver {
  @FieldResolver(() => Mobility, {
    nullable: true,
    description: 'Social Mobility Index score, rank, band and quintile in an edition (default the latest loaded). Null when the edition does not rank the district (City of London and Isles of Scilly are never ranked).',
  })
  async mobility(@Root() a: LocalAuthority, @Args() { edition }: EditionArgs, @Ctx() ctx: Context): Promise<Mobility | null> {
    const planned = plannedMobility(a, { edition }, ctx);
    if (planned !== undefined) return planned;
    const e = pickEdition(await ctx.loaders.mobility.editions(), edition, 'edition');
    const score = await ctx.loaders.mobility.score.load({ edition: e.edition, code: a.code });
    return score && mobilityOf(a.code, e, score);
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
