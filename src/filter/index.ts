/** Filters on districts and the list query, as other domains may use them. */
export { AuthoritiesResolver, AuthorityConnection } from './authorities.graphql';
export type { AuthorityCriteria } from './criteria';
export { criteriaFromFilter } from './criteria.resolve';
export { whereFromCriteria } from './criteria.sql';
export { AuthorityFilter } from './filter.input';
export { FeatureCollectionResolver } from './features.graphql';
export { FEATURE_PROPERTIES, featureCollection, featureJoins, featureSql, propertyColumns, type Feature, type FeatureCollection, type FeatureOptions, type FeaturePropertyName } from './features.queries';
export { countAuthorities, type PageRequest } from './authorities.queries';
export { AuthorityOrder } from './order';
