/** The index itself: editions, scores, bands and quintiles, as other domains may use them. */
import { defineModule, SourceLoaders } from '../common';
import { MobilityChangeResolver } from './mobility-change.graphql';
import { AuthorityMobilityResolver, EditionResolver, editionsOf, MobilityResolver } from './mobility.graphql';

export {
  Edition,
  EditionArgs,
  editionOf,
  EditionYear,
  findEdition,
  Mobility,
  MobilityBand,
  pickEdition,
} from './mobility.graphql';
export { MobilityLoaders, type EditionRow } from './mobility.queries';
export {
  bandCountsSql,
  bandLimits,
  bandSql,
  EDITION_MAX,
  EDITION_MIN,
  quintileMinRanks,
  quintileSql,
  standingOf,
  type Band,
  type RankingThresholds,
} from './mobility.rules';

export const mobilityModule = defineModule({
  name: 'mobility',
  resolvers: [AuthorityMobilityResolver, MobilityResolver, MobilityChangeResolver, EditionResolver],
  // Editions and sources are reference data: one statement each per data version, whatever the ids.
  nodes: [
    {
      type: 'Edition',
      load: async (ctx, years) => {
        const editions = await editionsOf(ctx);
        return years.map((year) => editions.find((e) => String(e.edition) === year) ?? null);
      },
    },
    {
      type: 'Source',
      load: async (ctx, keys) => {
        const sources = await ctx.use(SourceLoaders).all();
        return keys.map((key) => sources.find((s) => s.id === key) ?? null);
      },
    },
  ],
});
