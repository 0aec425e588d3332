/** The Commission's questions: summaries, correlation, statistical neighbours, clusters, comparisons. */
export { createAnalyticsLoaders } from './analytics.queries';
export {
  AnalyticsQueryResolver, AuthorityPairResolver, ComparisonResolver, EditionClusterResolver, LocalClusterResolver, SimilarAuthorityResolver,
  SimilarResolver,
} from './analytics.resolver';
