/** The district entity, as other domains may use it. */
export { createAuthorityLoaders, createGeometryCache } from './authority.loaders';
export { AUTHORITY_COLUMNS, AUTHORITY_FROM, authorityColumns, boundaryGeometrySql, type AuthorityRow, type BoundaryOptions, type BoundaryRow } from './authority.queries';
export { BoundaryArgs, MAX_PRECISION, MAX_SIMPLIFY_METRES } from './authority.args';
export { AuthorityResolver, loadAuthority } from './authority.resolver';
export { LocalAuthority, PopulationEstimate } from './authority.type';
export { codeOnly, PlanCache, plannedValue, type AuthorityPlan, type PlannedField, type SelectionPath } from './authority.plan';
