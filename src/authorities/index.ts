/** The district entity, as other domains may use it. */
export { createAuthorityLoaders, createGeometryCache } from './authority.loaders';
export { AUTHORITY_COLUMNS, AUTHORITY_FROM, type AuthorityRow, type BoundaryRow } from './authority.queries';
export { AuthorityResolver, loadAuthority } from './authority.resolver';
export { LocalAuthority, PopulationEstimate } from './authority.type';
