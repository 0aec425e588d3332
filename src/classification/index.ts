/** Regions and the classifications of districts, as other domains may use them. */
export {
  AuthorityClassificationResolver, classificationPlanner, pickRegion, plannedClassification, plannedRegion, Region, RegionResolver, RURAL_URBAN_CODE,
  RuralUrbanClass,
} from './classification.graphql';
export { createClassificationLoaders, type RegionRow } from './classification.queries';
export { broadGroupOf, INDUSTRIAL_GROUP_CODE, INDUSTRIAL_SUPERGROUP_CODE, isIndustrial, isRural } from './classification.rules';
