/** The index itself: editions, scores, bands and quintiles, as other domains may use them. */
import { defineModule } from '../common';
import { MobilityChangeResolver } from './mobility-change.graphql';
import { AuthorityMobilityResolver, EditionResolver, MobilityResolver } from './mobility.graphql';

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
});
