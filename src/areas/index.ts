/** Areas people name (counties, councils since 2016, combined authorities, regions), as other domains may use them. */
import { defineModule } from '../common';
import {
  AreaConnectionResolver,
  AreaDistrictResolver,
  AreaQueryResolver,
  AreaResolver,
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
});
