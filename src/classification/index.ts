/** Regions and the classifications of districts, as other domains may use them. */
export { createClassificationLoaders } from './classification.loaders';
export type { RegionRow } from './classification.queries';
export { AuthorityClassificationResolver, plannedClassification, plannedRegion } from './classification.resolver';
export { broadGroupOf, INDUSTRIAL_GROUP_CODE, INDUSTRIAL_SUPERGROUP_CODE, isIndustrial, isRural } from './classification.rules';
export { Region, RURAL_URBAN_CODE, RuralUrbanClass } from './classification.type';
export { pickRegion } from './region.resolve';
export { RegionResolver } from './region.resolver';
