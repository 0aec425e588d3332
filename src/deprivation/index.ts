/** The Indices of Deprivation 2015 district summaries, as other domains may use them. */
export { AuthorityDeprivationResolver, DeprivationDomain } from './deprivation.graphql';
export { createDeprivationLoaders } from './deprivation.queries';
