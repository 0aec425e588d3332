/**
 * The GeoJSON scalar: a GeoJSON object (RFC 7946) as JSON. Output geometry is WGS84 longitude,
 * latitude (EPSG:4326) unless a field's `crs` argument asks for British National Grid, in which
 * case the object carries a `crs` member naming EPSG:27700.
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function literalToValue(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map(literalToValue);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literalToValue(f.value)]));
    default:
      throw new GraphQLError('GeoJSON literals cannot contain variables or enums', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
  }
}

function asGeoJsonObject(value: unknown): Record<string, unknown> {
  if (
    value === null ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    typeof (value as { type?: unknown }).type !== 'string'
  ) {
    throw new GraphQLError('GeoJSON must be an object with a "type" member', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value as Record<string, unknown>;
}

export const GeoJSONScalar = new GraphQLScalarType({
  name: 'GeoJSON',
  description:
    'A GeoJSON object (RFC 7946): a geometry such as {"type":"Point","coordinates":[-0.1276,51.5072]}. Coordinates are WGS84 longitude, latitude (EPSG:4326) unless the field was asked for British National Grid (EPSG:27700, metres), in which case the object carries a "crs" member naming it.',
  serialize: (value) => value,
  parseValue: asGeoJsonObject,
  parseLiteral: (node) => asGeoJsonObject(literalToValue(node)),
});
