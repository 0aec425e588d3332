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
} from '../analytics/analytics.resolver';
import { AuthoritiesResolver } from '../authorities/authorities.resolver';
import { LocalAuthorityResolver } from '../authorities/authority.resolver';
import { RegionResolver } from '../classification/region.resolver';
import { validateArgs } from '../common/validation';
import { EditionResolver } from '../mobility/edition.resolver';
import { MobilityChangeResolver } from '../mobility/mobility-change.resolver';
import { MobilityResolver } from '../mobility/mobility.resolver';
import { AuthorityDistanceResolver, NeighbourResolver, SpatialResolver } from '../spatial/spatial.resolver';

export const RESOLVERS = [
  AuthoritiesResolver,
  LocalAuthorityResolver,
  RegionResolver,
  EditionResolver,
  MobilityResolver,
  MobilityChangeResolver,
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
