/**
 * Builds the executable schema from the resolvers (type-graphql) and prints its SDL, which is
 * emitted to schema/schema.graphql and checked in.
 */
import 'reflect-metadata';
import { GraphQLObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import {
  AnalyticsQueryResolver, AuthorityPairResolver, ComparisonResolver, EditionClusterResolver, LocalClusterResolver, SimilarAuthorityResolver,
  SimilarResolver,
} from '../analytics';
import { AuthorityResolver } from '../authorities';
import { AuthorityClassificationResolver, plannedClassification, plannedRegion, RegionResolver } from '../classification';
import { validateArgs } from '../common';
import { AuthorityDeprivationResolver } from '../deprivation';
import { AuthoritiesResolver, FeatureCollectionResolver } from '../filter';
import { AuthorityMobilityResolver, EditionResolver, MobilityChangeResolver, MobilityResolver, plannedMobility } from '../mobility';
import { AuthorityDistanceResolver, NeighbourResolver, plannedNearestHotspot, plannedNeighbours, SpatialResolver } from '../spatial';
import type { Context } from './context';

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
  FeatureCollectionResolver,
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

/**
 * Fields answered at once when what they need is already at hand (a planned row, reference data
 * loaded): the schema's resolver for them first asks the synchronous function and falls back to
 * the type-graphql resolver (argument conversion, validation, loaders) when it gives undefined.
 * In a list this keeps the whole object synchronous, so graphql-js builds no promise per row.
 */
const AT_ONCE: Record<string, Record<string, (root: never, args: never, ctx: Context) => unknown>> = {
  LocalAuthority: { mobility: plannedMobility, classification: plannedClassification, region: plannedRegion, neighbours: plannedNeighbours, nearestHotspot: plannedNearestHotspot },
};

function answerAtOnce(schema: GraphQLSchema): void {
  for (const [typeName, fields] of Object.entries(AT_ONCE)) {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) throw new Error(`${typeName} is not an object type of the schema`);
    for (const [name, atOnce] of Object.entries(fields)) {
      const field = type.getFields()[name];
      const resolve = field?.resolve;
      if (!field || !resolve) throw new Error(`${typeName}.${name} has no resolver to answer at once`);
      field.resolve = (root, args, ctx: Context, info) => {
        const value = atOnce(root as never, args as never, ctx);
        return value !== undefined ? value : resolve(root, args, ctx, info);
      };
    }
  }
}

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
    answerAtOnce(schema);
    return schema;
  });
  return built;
}

/**
 * The @Args class of each field that has one, by `Type.field` (from type-graphql's metadata, once
 * the schema is built): the cost analysis checks a field's arguments against it before costing.
 */
export function argsClasses(): Map<string, new () => object> {
  const storage = getMetadataStorage();
  const typeName = (target: { name: string }): string => storage.objectTypes.find((t) => t.target === target)?.name ?? target.name;
  const classes = new Map<string, new () => object>();
  const add = (type: string, m: { schemaName: string; params?: ReadonlyArray<{ kind: string; getType?: () => unknown }> }): void => {
    const args = m.params?.find((p) => p.kind === 'args');
    const cls = args?.getType?.();
    if (typeof cls === 'function') classes.set(`${type}.${m.schemaName}`, cls as new () => object);
  };
  for (const query of storage.queries) add('Query', query);
  for (const field of storage.fieldResolvers) {
    const target = field.getObjectType?.() ?? field.resolverClassMetadata?.getObjectType();
    if (typeof target === 'function') add(typeName(target), field);
  }
  return classes;
}

export function schemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
