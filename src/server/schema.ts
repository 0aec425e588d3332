/**
 * Builds the executable schema from the resolvers (type-graphql) and prints its SDL, which is
 * emitted to schema/schema.graphql and checked in.
 */
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import {
  AnalyticsQueryResolver, AuthorityPairResolver, ComparisonResolver, EditionClusterResolver, LocalClusterResolver, SimilarAuthorityResolver,
  SimilarResolver,
} from '../analytics';
import { AuthorityResolver } from '../authorities';
import { AuthorityClassificationResolver, RegionResolver } from '../classification';
import { validateArgs } from '../common';
import { AuthorityDeprivationResolver } from '../deprivation';
import { AuthoritiesResolver } from '../filter';
import { AuthorityMobilityResolver, EditionResolver, MobilityChangeResolver, MobilityResolver } from '../mobility';
import { AuthorityDistanceResolver, NeighbourResolver, SpatialResolver } from '../spatial';

/** Every resolver class, by domain in layer order. */
export const RESOLVERS = [
  AuthorityResolver,
  AuthorityMobilityResolver,
  MobilityResolver,
  MobilityChangeResolver,
  EditionResolver,
  AuthorityClassificationResolver,
  RegionResolver,
  AuthorityDeprivationResolver,
  AuthoritiesResolver,
  SpatialResolver,
  NeighbourResolver,
  AuthorityDistanceResolver,
  AnalyticsQueryResolver,
  ComparisonResolver,
  AuthorityPairResolver,
  SimilarResolver,
  SimilarAuthorityResolver,
  EditionClusterResolver,
  LocalClusterResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The schema; built once per process (type-graphql metadata is global and immutable). */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    validateFn: (value) => validateArgs(value),
    emitSchemaFile: false,
  }).then((schema) => {
    const query = schema.getQueryType();
    if (query) {
      query.description =
        "Mobility Atlas: the Social Mobility Index for England's local authority districts, with their boundaries. Lengths, areas and distances are computed in British National Grid (EPSG:27700); geometry is GeoJSON in WGS84 unless asked for BNG.";
    }
    return schema;
  });
  return built;
}

export function schemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
