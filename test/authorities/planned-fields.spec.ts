/**
 * Planned fields (src/authorities/planned-field.ts) answer exactly as their resolvers do. The
 * same selection is asked twice over the 326 districts: under `authorities` (planned: fetched
 * with the list's one statement) and under `regions { authorities }` (not planned: each field
 * loaded by its resolver, batched). The answers must be the same, field by field, whatever the
 * aliases, fragments, directives and arguments; and the planned list must cost fewer statements.
 */
import { AuthorityCodesAndNamesDocument, MobilityOfDistrictsDocument } from '../generated/graphql';
import { useTestApi } from '../support/graphql';
import { testLimits } from '../support/config';

const api = useTestApi(testLimits({ maxCost: 10_000_000 }));

type District = { code: string } & Record<string, unknown>;

/**
 * The districts of both answers, by code. The queries stay inline on purpose: they are built
 * from the selection under test, the same text under both lists.
 */
async function bothWays(
  selection: string,
  variables: Record<string, unknown> = {},
  declarations = '',
): Promise<{ planned: District[]; loaded: District[]; plannedStatements: number; loadedStatements: number }> {
  const header = declarations ? `(${declarations})` : '';
  const planned = await api.run<{ authorities: { nodes: District[] } }>(
    `query Planned${header} { authorities(first: 500) { nodes { code ${selection} } } }`,
    variables,
  );
  const loaded = await api.run<{ regions: { authorities: District[] }[] }>(
    `query Loaded${header} { regions { authorities { code ${selection} } } }`,
    variables,
  );
  expect(planned.errors).toBeUndefined();
  expect(loaded.errors).toBeUndefined();
  const byCode = (a: District, b: District): number => a.code.localeCompare(b.code);
  return {
    planned: [...planned.data!.authorities.nodes].sort(byCode),
    loaded: loaded.data!.regions.flatMap((r) => r.authorities).sort(byCode),
    plannedStatements: planned.statements,
    loadedStatements: loaded.statements,
  };
}

describe('planned fields answer as their resolvers do', () => {
  // A field planned as a column saves its loader's statement; region is answered from reference
  // data either way, so it saves only the promise per district.
  it.each([
    ['mobility, latest edition', 'mobility { edition score rank outOf band quintile }', true],
    ['mobility, edition named', 'mobility(edition: 2016) { rank band }', true],
    ['region', 'region { code name }', false],
    [
      'classification',
      'classification { ruralUrban ruralUrbanBroadGroup rural industrial coastal coastlineKm areaType { supergroup { code } subgroup { name } } }',
      true,
    ],
    [
      'deprivation',
      'deprivation { outOf extent imd { rankOfAverageScore } domains { domain averageScore rankOfScale } }',
      true,
    ],
    ['neighbours, both kinds', 'neighbours { kind sharedBorderKm gapKm hops authority { code } }', true],
    [
      'neighbours across water up to 5 km',
      'neighbours(kind: ACROSS_WATER, maxWaterGapKm: 5) { gapKm authority { code } }',
      true,
    ],
    ['nearest hotspot by centroid', 'nearestHotspot { distanceKm authority { code } }', true],
  ])('%s', async (_name, selection, column) => {
    const { planned, loaded, plannedStatements, loadedStatements } = await bothWays(selection);
    expect(planned).toHaveLength(326);
    expect(planned).toEqual(loaded);
    if (column) expect(plannedStatements).toBeLessThan(loadedStatements);
    else {
      // The regions are read once, and the districts' statement is the one a bare list needs.
      const bare = await api.run(AuthorityCodesAndNamesDocument, { first: 500 });
      expect(plannedStatements).toBe(bare.statements + 1);
    }
  });

  it('keeps aliases with different arguments apart, and answers fragments, @include and @skip', async () => {
    const selection = `
      latest: mobility { edition rank }
      older: mobility(edition: 2016) { edition band }
      ... on LocalAuthority { water: neighbours(kind: ACROSS_WATER) { authority { code } } }
      ...Rest
      classification @include(if: $withClass) { rural }
      region @skip(if: $withClass) { name }
      __typename`;
    const declarations = '$withClass: Boolean!';
    const fragment = ' fragment Rest on LocalAuthority { land: neighbours(kind: LAND_BORDER) { sharedBorderKm } }';
    // Inline on purpose, as in bothWays: one selection text under both lists.
    for (const withClass of [true, false]) {
      const planned = await api.run<{ authorities: { nodes: District[] } }>(
        `query P(${declarations}) { authorities(first: 500) { nodes { code ${selection} } } }${fragment}`,
        { withClass },
      );
      const loaded = await api.run<{ regions: { authorities: District[] }[] }>(
        `query L(${declarations}) { regions { authorities { code ${selection} } } }${fragment}`,
        { withClass },
      );
      expect(planned.errors).toBeUndefined();
      const byCode = (a: District, b: District): number => a.code.localeCompare(b.code);
      const p = [...planned.data!.authorities.nodes].sort(byCode);
      expect(p).toEqual(loaded.data!.regions.flatMap((r) => r.authorities).sort(byCode));
      expect(Object.keys(p[0]!).sort()).toEqual(
        ['__typename', 'code', 'land', 'latest', 'older', 'water', withClass ? 'classification' : 'region'].sort(),
      );
    }
  });

  it('leaves what cannot be planned to the resolver, which reports the error', async () => {
    const result = await api.run(MobilityOfDistrictsDocument, { first: 3, edition: 2011 });
    expect(result.errors?.[0]).toMatchObject({
      message: 'edition 2011 is not loaded; loaded editions: 2016',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const deep = await bothWays('neighbours(depth: 2) { hops authority { code } }');
    expect(deep.planned).toEqual(deep.loaded);
  });
});
