/** The index itself: editions, scores, bands and quintiles, as other domains may use them. */
export { EDITION_MAX, EDITION_MIN, EditionArgs, EditionYear } from './edition.args';
export type { EditionRow } from './edition.queries';
export { pickEdition } from './edition.resolve';
export { EditionResolver } from './edition.resolver';
export { MobilityChangeResolver } from './mobility-change.resolver';
export { createMobilityLoaders } from './mobility.loaders';
export { AuthorityMobilityResolver, MobilityResolver } from './mobility.resolver';
export { bandOf, bandSize, bandThresholds, quintileOf, type BandThresholds, type MobilityBand as Band } from './mobility.rules';
export { Edition, Mobility, MobilityBand } from './mobility.type';
