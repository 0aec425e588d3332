/** `editions` and `sources`: what is loaded and where it comes from. */
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listOf, Source } from '../common';
import { bandLimits } from './mobility.rules';
import type { Context } from '../server/context';
import { Edition } from './mobility.type';

@Resolver(() => Edition)
export class EditionResolver {
  @Query(() => [Edition], { complexity: listOf(5), description: 'The loaded editions of the Social Mobility Index, newest first.' })
  async editions(@Ctx() ctx: Context): Promise<Edition[]> {
    const rows = await ctx.loaders.mobility.editions();
    return rows.map((e, i) => ({ ...e, ...bandLimits(e), latest: i === 0 }));
  }

  @Query(() => [Source], { description: 'Every public dataset the API serves figures from, with licence and required attribution.' })
  sources(@Ctx() ctx: Context): Promise<Source[]> {
    return ctx.loaders.sources();
  }

  @FieldResolver(() => Source, { nullable: true, description: 'The dataset the edition was loaded from; null for an import without one.' })
  async source(@Root() edition: Edition, @Ctx() ctx: Context): Promise<Source | null> {
    return (await ctx.loaders.sources()).find((s) => s.id === edition.sourceId) ?? null;
  }
}
