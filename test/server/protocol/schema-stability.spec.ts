/**
 * Schema stability: the served schema (schema/schema.graphql, which schema.spec.ts holds to the
 * code) against the last released one (schema/released.graphql), compared by GraphQL Inspector.
 * A breaking change (a removal, a type change, a new required argument) fails unless the
 * changelog's Unreleased section declares it: a line marked **Breaking** that names the changed
 * path in backticks. Deprecations carry a reason that names the replacement.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, isInterfaceType, isObjectType, isInputObjectType, isEnumType, type GraphQLSchema } from 'graphql';
import { ROOT } from '../../support/paths';

const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

/** The changelog's Unreleased section. */
function unreleased(changelog: string): string {
  const start = changelog.indexOf('## [Unreleased]');
  const end = changelog.indexOf('\n## [', start + 1);
  return start < 0 ? '' : changelog.slice(start, end < 0 ? undefined : end);
}

/** The breaking changes from `released` to `current` that `changelog` does not declare. */
async function undeclaredBreakingChanges(released: GraphQLSchema, current: GraphQLSchema, changelog: string) {
  const declared = unreleased(changelog)
    .split('\n')
    .filter((line) => line.includes('**Breaking**'));
  const changes = await diff(released, current);
  return changes
    .filter((c) => c.criticality.level === CriticalityLevel.Breaking)
    .filter((c) => !declared.some((line) => c.path !== undefined && line.includes(`\`${c.path}\``)))
    .map((c) => `${c.path ?? '(schema)'}: ${c.message}`);
}

const released = buildSchema(read('schema/released.graphql'));
const current = buildSchema(read('schema/schema.graphql'));
const changelog = read('CHANGELOG.md');

describe('the schema against the last released one', () => {
  it('has no breaking change the changelog does not declare', async () => {
    expect(await undeclaredBreakingChanges(released, current, changelog)).toEqual([]);
  });

  it('would refuse a removal or a type change, until the changelog declares it (a synthetic change)', async () => {
    const changed = buildSchema(
      read('schema/schema.graphql')
        .replace(/^ {2}areaKm2: Float!$/m, '  areaKm2: Int!')
        .replace(/^ {2}rankedCount: Int!$/m, '  rankedTotal: Int!'),
    );
    const found = await undeclaredBreakingChanges(released, changed, changelog);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Area\.areaKm2: .*Float!.*Int!/),
        expect.stringMatching(/rankedCount/),
      ]),
    );
    const declaring = changelog.replace(
      '## [Unreleased]\n',
      '## [Unreleased]\n\n- **Breaking** `Area.areaKm2` is whole square kilometres.\n',
    );
    const left = await undeclaredBreakingChanges(released, changed, declaring);
    expect(left.some((c) => c.startsWith('Area.areaKm2'))).toBe(false);
    expect(left.some((c) => c.includes('rankedCount'))).toBe(true);
  });
});

describe('deprecations', () => {
  it('each say why and name what to use instead', () => {
    const vague: string[] = [];
    const check = (where: string, reason: string | null | undefined): void => {
      if (reason !== undefined && reason !== null && !/\buse\b|\binstead\b|\breplaced by\b/i.test(reason))
        vague.push(`${where}: ${reason}`);
    };
    for (const type of Object.values(current.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.deprecationReason);
          for (const arg of 'args' in field ? field.args : [])
            check(`${type.name}.${field.name}(${arg.name})`, arg.deprecationReason);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) check(`${type.name}.${v.name}`, v.deprecationReason);
    }
    expect(vague).toEqual([]);
  });
});
