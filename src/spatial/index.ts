/** Spatial relations between districts, as other domains may use them. */
export { createSpatialLoaders } from './spatial.loaders';
export { AuthorityDistanceResolver, NeighbourResolver, plannedNearestHotspot, plannedNeighbours, SpatialResolver } from './spatial.resolver';
export * from './spatial.rules';
