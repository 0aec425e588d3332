/** The index itself: editions, scores, bands and quintiles, as other domains may use them. */
export { EditionArgs, EditionYear } from './edition.args';
export type { EditionRow } from './edition.queries';
export { pickEdition } from './edition.resolve';
export { EditionResolver } from './edition.resolver';
export { MobilityChangeResolver } from './mobility-change.resolver';
export { createMobilityLoaders } from './mobility.loaders';
export { AuthorityMobilityResolver, MobilityResolver } from './mobility.resolver';
export { bandLimits, EDITION_MAX, EDITION_MIN, quintileMinRanks, standingOf, type Band, type RankingThresholds } from './mobility.rules';
export { bandSql, quintileSql } from './mobility.sql';
export { Edition, Mobility, MobilityBand } from './mobility.type';
