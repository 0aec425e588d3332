/** The Indices of Deprivation 2015 district summaries, as other domains may use them. */
export { createDeprivationLoaders } from './deprivation.loaders';
export { AuthorityDeprivationResolver } from './deprivation.resolver';
export { DeprivationDomain } from './deprivation.type';
