/** Areas people name (counties, councils since 2016, combined authorities, regions), as other domains may use them. */
import { defineModule, loadAll } from '../common';
import { AreaLoaders } from './areas.queries';
import {
  AreaConnectionResolver,
  AreaDistrictResolver,
  AreaQueryResolver,
  AreaResolver,
  areaOf,
  AuthorityAreasResolver,
} from './areas.graphql';

export { Area, AreaKind } from './areas.graphql';
export {
  AREA_FEATURE_PROPERTIES,
  areaFeatures,
  AreaLoaders,
  countAreaFeatures,
  type AreaFeatureFilter,
  type AreaRow,
} from './areas.queries';
export { AREA_KINDS, AREA_YEARS, MEMBER_SHARE, searchForm } from './areas.rules';

export const areasModule = defineModule({
  name: 'areas',
  resolvers: [AreaQueryResolver, AreaConnectionResolver, AreaResolver, AreaDistrictResolver, AuthorityAreasResolver],
  nodes: [
    {
      type: 'Area',
      load: async (ctx, codes) => (await loadAll(ctx.use(AreaLoaders).byCode, codes)).map((r) => r && areaOf(r)),
    },
  ],
});
