/**
 * The schema is the documentation: the checked-in SDL matches the code, and every type, field,
 * argument and enum value has a description.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isEnumType, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { getSchema, schemaSdl } from '../../../src/server/schema';
import { ROOT } from '../../support/paths';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await getSchema();
});

describe('the emitted schema', () => {
  it('matches schema/schema.graphql (run npm run schema:emit after changing the API)', () => {
    const committed = readFileSync(path.join(ROOT, 'schema', 'schema.graphql'), 'utf8');
    expect(schemaSdl(schema)).toBe(committed);
  });

  it('keeps the names of the DESIGN contract', () => {
    const query = schema.getQueryType()!.getFields();
    expect(Object.keys(query)).toEqual(
      expect.arrayContaining(['authority', 'authorities', 'regions', 'editions', 'area', 'areas']),
    );
    const authority = (schema.getType('LocalAuthority') as ReturnType<GraphQLSchema['getQueryType']>)!.getFields();
    expect(Object.keys(authority)).toEqual(
      expect.arrayContaining([
        'code',
        'name',
        'region',
        'population',
        'areaKm2',
        'centroid',
        'boundary',
        'classification',
        'mobility',
        'deprivation',
        'successor',
        'areas',
      ]),
    );
    expect(authority.boundary!.args.map((a) => a.name).sort()).toEqual(['crs', 'precision', 'simplifyMetres']);
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});
