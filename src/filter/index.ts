/** Filters on districts and the list query, as other domains may use them. */
import { defineModule } from '../common';
import { AuthoritiesResolver } from './authorities.graphql';
import { FeatureCollectionResolver } from './features.graphql';

export { AuthorityConnection } from './authorities.graphql';
export {
  COMPARABLE_PROPERTIES,
  type AuthorityCriteria,
  type ComparableProperty,
  type Comparison,
  type Operand,
  type SpatialRelation,
} from './criteria';
export { criteriaFromFilter } from './criteria.resolve';
export { sortSql, whereFromCriteria, type SortKey } from './criteria.sql';
export { AuthorityFilter } from './filter.input';
export {
  FEATURE_PROPERTIES,
  featureCollection,
  featureJoins,
  featureSql,
  propertyColumns,
  type Feature,
  type FeatureCollection,
  type FeatureOptions,
  type FeaturePropertyName,
} from './features.queries';
export { countAuthorities, type PageRequest } from './authorities.queries';
export { AuthorityOrder } from './order';

export const filterModule = defineModule({
  name: 'filter',
  resolvers: [AuthoritiesResolver, FeatureCollectionResolver],
});
