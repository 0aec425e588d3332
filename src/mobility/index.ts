/** The index itself: editions, scores, bands and quintiles, as other domains may use them. */
export {
  AuthorityMobilityResolver, Edition, EditionArgs, EditionResolver, EditionYear, Mobility, MobilityBand, mobilityPlanner, MobilityResolver, pickEdition,
  plannedMobility,
} from './mobility.graphql';
export { MobilityChangeResolver } from './mobility-change.graphql';
export { createMobilityLoaders, type EditionRow } from './mobility.queries';
export { bandLimits, bandSql, EDITION_MAX, EDITION_MIN, quintileMinRanks, quintileSql, standingOf, type Band, type RankingThresholds } from './mobility.rules';
