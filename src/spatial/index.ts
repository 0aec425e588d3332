/** Spatial relations between districts, as other domains may use them. */
import { defineModule } from '../common';
import { AuthorityDistanceResolver, NeighbourResolver, SpatialResolver } from './spatial.graphql';

export { SpatialLoaders } from './spatial.queries';
export { nearestHotspotFeatures, neighbourFeatures, type FeaturePage } from './features.queries';
export * from './spatial.rules';

export const spatialModule = defineModule({
  name: 'spatial',
  resolvers: [SpatialResolver, NeighbourResolver, AuthorityDistanceResolver],
});
