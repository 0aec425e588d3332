/** The Commission's questions: summaries, correlation, statistical neighbours, clusters, comparisons. */
import { defineModule } from '../common';
import {
  AnalyticsQueryResolver,
  AuthorityPairResolver,
  ComparisonResolver,
  EditionClusterResolver,
  LocalClusterResolver,
  SimilarAuthorityResolver,
  SimilarResolver,
} from './analytics.graphql';

export { AnalyticsLoaders } from './analytics.queries';

export const analyticsModule = defineModule({
  name: 'analytics',
  resolvers: [
    AnalyticsQueryResolver,
    ComparisonResolver,
    AuthorityPairResolver,
    SimilarResolver,
    SimilarAuthorityResolver,
    EditionClusterResolver,
    LocalClusterResolver,
  ],
});
