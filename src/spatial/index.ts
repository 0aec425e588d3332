/** Spatial relations between districts, as other domains may use them. */
export { AuthorityDistanceResolver, NeighbourResolver, plannedNearestHotspot, plannedNeighbours, spatialPlanners, SpatialResolver } from './spatial.graphql';
export { createSpatialLoaders } from './spatial.queries';
export * from './spatial.rules';
