/** The district entity, as other domains may use it. */
export { createAuthorityLoaders, createGeometryCache } from './authority.loaders';
export { AUTHORITY_COLUMNS, AUTHORITY_FROM, authorityColumns, type AuthorityRow, type BoundaryRow } from './authority.queries';
export { AuthorityResolver, loadAuthority } from './authority.resolver';
export { LocalAuthority, PopulationEstimate } from './authority.type';
export { codeOnly, PlanCache, plannedValue, type AuthorityPlan, type PlannedField, type SelectionPath } from './authority.plan';
