/** The index itself: editions, scores, bands and quintiles, as other domains may use them. */
export { EditionArgs, EditionYear, pickEdition } from './edition.args';
export type { EditionRow } from './edition.queries';
export { EditionResolver } from './edition.resolver';
export { MobilityChangeResolver } from './mobility-change.resolver';
export { createMobilityLoaders } from './mobility.loaders';
export { AuthorityMobilityResolver, MobilityResolver, plannedMobility } from './mobility.resolver';
export { bandLimits, bandSql, EDITION_MAX, EDITION_MIN, quintileMinRanks, quintileSql, standingOf, type Band, type RankingThresholds } from './mobility.rules';
export { Edition, Mobility, MobilityBand } from './mobility.type';
