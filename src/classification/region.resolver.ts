/** `regions` and the fields of Region: district counts and band counts per edition. */
import { Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { EditionArgs, pickEdition } from '../mobility';
import { LocalAuthority } from '../authorities';
import { listOf } from '../common';
import type { Context } from '../server/context';
import type { RegionStatsRow } from './classification.queries';
import { Region } from './classification.type';

async function statsOf(region: Region, edition: number | undefined, ctx: Context): Promise<RegionStatsRow> {
  const e = pickEdition(await ctx.loaders.mobility.editions(), edition, 'edition');
  const stats = (await ctx.loaders.classification.regionStats.for(e.edition)()).get(region.code);
  return stats ?? { regionCode: region.code, authorityCount: 0, rankedCount: 0, hotspotCount: 0, coldspotCount: 0 };
}

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { complexity: listOf(9), description: "England's 9 regions (ONS RGN16), by name." })
  regions(@Ctx() ctx: Context): Promise<Region[]> {
    return ctx.loaders.classification.regions();
  }

  @FieldResolver(() => Int, { description: 'Number of districts in the region (ranked or not).' })
  async authorityCount(@Root() region: Region, @Ctx() ctx: Context): Promise<number> {
    return (await statsOf(region, undefined, ctx)).authorityCount;
  }

  @FieldResolver(() => Int, { description: 'Number of districts in the region the edition ranks (default the latest edition).' })
  async rankedCount(@Root() region: Region, @Args() { edition }: EditionArgs, @Ctx() ctx: Context): Promise<number> {
    return (await statsOf(region, edition, ctx)).rankedCount;
  }

  @FieldResolver(() => Int, { description: 'Number of hotspots (rank <= k = round(0.2 N)) in the region in the edition (default the latest).' })
  async hotspotCount(@Root() region: Region, @Args() { edition }: EditionArgs, @Ctx() ctx: Context): Promise<number> {
    return (await statsOf(region, edition, ctx)).hotspotCount;
  }

  @FieldResolver(() => Int, { description: 'Number of coldspots (rank > N - k) in the region in the edition (default the latest).' })
  async coldspotCount(@Root() region: Region, @Args() { edition }: EditionArgs, @Ctx() ctx: Context): Promise<number> {
    return (await statsOf(region, edition, ctx)).coldspotCount;
  }

  @FieldResolver(() => [LocalAuthority], { complexity: listOf(67), description: 'The districts in the region, by name. For filtered or paged lists use authorities(filter: { region }).' })
  authorities(@Root() region: Region, @Ctx() ctx: Context): Promise<LocalAuthority[]> {
    return ctx.loaders.authorities.byRegion.load(region.code);
  }
}
