/**
 * Cost stays flat as lists grow: nested fields resolve through per-request DataLoaders, so the
 * number of SQL statements a query issues does not depend on how many districts it lists.
 */
import { testLimits } from '../support/config';
import {
  CodesWithinAndOneDistrictDocument,
  EverythingNestedDocument,
  NeighboursNestedDocument,
} from '../generated/graphql';
import { useTestApi } from '../support/graphql';

// Batching is what is measured here, so the cost limit (tested in limits.spec.ts) is lifted.
const api = useTestApi(testLimits({ maxCost: 10_000_000 }));

/** The statements the nested query needs: one per list or loader, never one per row. */
const NESTED_STATEMENT_BOUND = 15;

describe('statement count of nested queries', () => {
  it('issues at most a fixed number of statements for 1, 10 and all 326 districts', async () => {
    const counts: number[] = [];
    for (const first of [1, 10, 326]) {
      const result = await api.run(EverythingNestedDocument, { first });
      expect(result.errors).toBeUndefined();
      expect(result.data?.authorities.nodes).toHaveLength(first);
      counts.push(result.statements);
    }
    // A short list can take one more statement than the full one: scores for districts listed
    // under regions but not on the page are fetched at that deeper level, in one more batch.
    for (const n of counts) expect(n).toBeLessThanOrEqual(NESTED_STATEMENT_BOUND);
    expect(counts[2]).toBeLessThanOrEqual(counts[0]!);
  });

  it('batches each nested field into one statement, and plans some into the list itself', async () => {
    const result = await api.run(EverythingNestedDocument, { first: 326 });
    const perName = new Map<string, number>();
    for (const name of result.statementNames) perName.set(name, (perName.get(name) ?? 0) + 1);
    for (const [name, n] of perName) expect({ name, n }).toEqual({ name, n: 1 });
    // The list's classification, deprivation and scores come with findAuthorities (planned fields:
    // authorities/planned-field.ts); scores are still batched once, for the districts listed under regions.
    expect([...perName.keys()].sort()).toEqual(
      [
        'allEditions',
        'allRegions',
        'allSources',
        'authoritiesInRegions',
        'boundariesOf',
        'centroidsOf',
        'countAuthorities',
        'findAuthorities',
        'indicatorValuesOf',
        'lifeStageScoresOf',
        'regionStats',
        'scoresOf',
      ].sort(),
    );
  });

  it('answers all 324 ranked districts with neighbours and nearest hotspot, each with its region, in a fixed number of statements', async () => {
    const counts: number[] = [];
    for (const first of [5, 50, 324]) {
      const result = await api.run(NeighboursNestedDocument, { first });
      expect(result.errors).toBeUndefined();
      const nodes = result.data!.authorities.nodes;
      expect(nodes).toHaveLength(first);
      expect(nodes.every((n) => n.nearestHotspot !== null && n.region.name.length > 0)).toBe(true);
      expect(nodes.every((n) => n.neighbours.every((x) => x.authority.region.name.length > 0))).toBe(true);
      counts.push(result.statements);
    }
    // findAuthorities, countAuthorities, allEditions, allRegions, neighboursOf, nearestOf and
    // authoritiesByCode for the neighbours and hotspots not already on the page.
    for (const n of counts) expect(n).toBeLessThanOrEqual(8);
  });

  it("builds a list of codes as JSON in PostgreSQL without reading the districts' rows, and still gives full districts elsewhere in the request", async () => {
    // Westminster (E09000033) is within 10 km of Charing Cross and also asked for by code.
    const result = await api.run(CodesWithinAndOneDistrictDocument, {
      within: { withinKm: { km: 10, lon: -0.1246, lat: 51.5074 } },
      code: 'E09000033',
    });
    expect(result.errors).toBeUndefined();
    const codes = result.data!.near.nodes.map((n) => n.code);
    expect(codes).toContain('E09000033');
    expect(codes).toEqual([...codes].sort());
    expect(result.data!.district).toEqual({
      code: 'E09000033',
      name: 'Westminster',
      population: expect.any(Number),
    });
    expect(result.statementNames).toContain('findAuthoritiesJson');
    expect(result.statementNames).not.toContain('findAuthorities');
    expect(result.statementNames).not.toContain('findAuthorityCodes');
  });

  it('reports the count of a request in the x-sql-statements header', async () => {
    const address = await api.server.listen(0, '127.0.0.1');
    const response = await fetch(`http://127.0.0.1:${address.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ authorities(first: 326) { nodes { code region { name } mobility { band } } } }',
      }),
    });
    expect(response.status).toBe(200);
    // findAuthorities (with each district's score and rank planned into it), allEditions
    // (criteria + default edition), allRegions
    expect(Number(response.headers.get('x-sql-statements'))).toBe(3);
  });
});
