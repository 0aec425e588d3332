/** Filters on districts and the list query, as other domains may use them. */
export { AuthoritiesResolver } from './authorities.resolver';
export { AuthorityConnection } from './connection.type';
export type { AuthorityCriteria } from './criteria';
export { criteriaFromFilter } from './criteria.resolve';
export { whereFromCriteria } from './criteria.sql';
export { AuthorityFilter } from './filter.input';
