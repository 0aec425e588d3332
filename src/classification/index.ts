/** Regions and the classifications of districts, as other domains may use them. */
import { defineModule } from '../common';
import { AuthorityClassificationResolver, RegionResolver } from './classification.graphql';
import { ClassificationLoaders } from './classification.queries';

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
  nodes: [
    {
      type: 'Region',
      // Regions are reference data: one statement per data version, whatever the ids.
      load: (ctx, codes) => Promise.all(codes.map((code) => ctx.use(ClassificationLoaders).region(code))),
    },
  ],
});
