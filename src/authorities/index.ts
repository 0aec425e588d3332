/** The district entity, as other domains may use it. */
export {
  AUTHORITY_COLUMNS, AUTHORITY_FROM, authorityColumns, boundaryGeometrySql, createAuthorityLoaders, createGeometryCache, plannedValue,
  type AuthorityPlan, type AuthorityRow, type BoundaryOptions, type BoundaryRow, type PlannedField,
} from './authority.queries';
export {
  AuthorityResolver, BoundaryArgs, codeOnly, loadAuthority, LocalAuthority, MAX_PRECISION, MAX_SIMPLIFY_METRES, PlanCache, PopulationEstimate,
  type SelectionPath,
} from './authority.graphql';
