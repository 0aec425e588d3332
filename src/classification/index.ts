/** Regions and the classifications of districts, as other domains may use them. */
import { defineModule } from '../common';
import { AuthorityClassificationResolver, RegionResolver } from './classification.graphql';

export { pickRegion, Region, RURAL_URBAN_CODE, RuralUrbanClass } from './classification.graphql';
export { ClassificationLoaders, type RegionRow } from './classification.queries';
export {
  broadGroupOf,
  INDUSTRIAL_GROUP_CODE,
  INDUSTRIAL_SUPERGROUP_CODE,
  isIndustrial,
  isRural,
} from './classification.rules';

export const classificationModule = defineModule({
  name: 'classification',
  resolvers: [AuthorityClassificationResolver, RegionResolver],
});
