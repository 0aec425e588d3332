/** `mobilityChange(from, to)` on LocalAuthority: how a district moved between two editions. */
import { ArgsType, Args, Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { LocalAuthority } from '../authorities';
import type { RequestContext } from '../common';
import { MobilityLoaders } from './mobility.queries';
import { standingOf } from './mobility.rules';
import { EditionYear, MobilityBand, pickEdition } from './mobility.graphql';

@ArgsType()
export class MobilityChangeArgs {
  @Field(() => Int, { description: 'Earlier edition (loaded).' })
  @EditionYear()
  from!: number;

  @Field(() => Int, { description: 'Later edition (loaded).' })
  @EditionYear()
  to!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How a district moved between two editions of the index.' })
export class MobilityChange {
  @Field(() => Int, { description: 'Earlier edition.' })
  from!: number;

  @Field(() => Int, { description: 'Later edition.' })
  to!: number;

  @Field(() => Int, { description: 'Rank in the earlier edition.' })
  rankFrom!: number;

  @Field(() => Int, { description: 'Rank in the later edition.' })
  rankTo!: number;

  @Field(() => Int, {
    description:
      'rankFrom - rankTo: positive when the district moved up (towards rank 1). Editions may rank different numbers of districts.',
  })
  rankChange!: number;

  @Field(() => Float, {
    description:
      'Score in the later edition minus the earlier (scores of different editions are standardised separately, so compare with care).',
  })
  scoreChange!: number;

  @Field(() => MobilityBand, { description: 'Band in the earlier edition.' })
  bandFrom!: MobilityBand;

  @Field(() => MobilityBand, { description: 'Band in the later edition.' })
  bandTo!: MobilityBand;
}

@Resolver(() => LocalAuthority)
export class MobilityChangeResolver {
  @FieldResolver(() => MobilityChange, {
    nullable: true,
    description: 'Change in rank, score and band between two editions; null unless both rank the district.',
  })
  async mobilityChange(
    @Root() a: LocalAuthority,
    @Args() args: MobilityChangeArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<MobilityChange | null> {
    const loaders = ctx.use(MobilityLoaders);
    const editions = await loaders.editions();
    const from = pickEdition(editions, args.from, 'from');
    const to = pickEdition(editions, args.to, 'to');
    const [sFrom, sTo] = await Promise.all([
      loaders.score.load({ edition: from.edition, code: a.code }),
      loaders.score.load({ edition: to.edition, code: a.code }),
    ]);
    if (!sFrom || !sTo) return null;
    return {
      from: from.edition,
      to: to.edition,
      rankFrom: sFrom.rank,
      rankTo: sTo.rank,
      rankChange: sFrom.rank - sTo.rank,
      scoreChange: sTo.score - sFrom.score,
      bandFrom: standingOf(sFrom.rank, from).band as MobilityBand,
      bandTo: standingOf(sTo.rank, to).band as MobilityBand,
    };
  }
}
