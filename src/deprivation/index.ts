/** The Indices of Deprivation 2015 district summaries, as other domains may use them. */
import { defineModule } from '../common';
import { AuthorityDeprivationResolver } from './deprivation.graphql';

export { DeprivationDomain } from './deprivation.graphql';
export { DeprivationLoaders } from './deprivation.queries';

export const deprivationModule = defineModule({ name: 'deprivation', resolvers: [AuthorityDeprivationResolver] });
