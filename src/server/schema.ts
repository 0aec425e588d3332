/**
 * Builds the executable schema from the domain modules' resolvers (type-graphql) and prints its
 * SDL, which is emitted to schema/schema.graphql and checked in.
 */
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type ClassType, type NonEmptyArray } from 'type-graphql';
import { answerPlannedFields } from '../authorities';
import { validateArgs } from '../common';
import { MODULES } from './modules';
import { NodeResolver } from './node.graphql';

/** Every resolver class, from the modules in layer order, then the root's own: Query.node(s). */
const resolvers = (): NonEmptyArray<ClassType> => [NodeResolver, ...MODULES.flatMap((m) => m.resolvers)];

let built: Promise<GraphQLSchema> | undefined;

/** The schema; built once per process (type-graphql metadata is global and immutable). */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: resolvers(),
    validateFn: (value) => validateArgs(value),
    emitSchemaFile: false,
  }).then((schema) => {
    const query = schema.getQueryType();
    if (query) {
      query.description =
        "Mobility Atlas: the Social Mobility Index for England's local authority districts, with their boundaries. Lengths, areas and distances are computed in British National Grid (EPSG:27700); geometry is GeoJSON in WGS84 unless asked for BNG.";
    }
    // Planned fields answer from the districts' own statement when they can (planned-field.ts).
    answerPlannedFields(schema);
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
  const typeName = (target: { name: string }): string =>
    storage.objectTypes.find((t) => t.target === target)?.name ?? target.name;
  const classes = new Map<string, new () => object>();
  const add = (
    type: string,
    m: { schemaName: string; params?: ReadonlyArray<{ kind: string; getType?: () => unknown }> },
  ): void => {
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
