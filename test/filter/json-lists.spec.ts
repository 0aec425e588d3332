/**
 * A page's `nodes` made from one statement's columns (authorities/planned-json.ts) gives the same answer
 * as the resolvers: for generated selections (own fields, region, mobility, classification and
 * its area type, deprivation and its domains; with aliases, fragments, `@include`/`@skip`,
 * `__typename`, repeated fields) and pages (filters, orders, sizes, cursors), `nodes { S }`
 * (made from the columns) equals `edges { node { S } }` (edges are always answered by the
 * resolvers) on the real seed.
 */
import fc from 'fast-check';
import { useTestApi } from '../support/graphql';
import { useTestServers } from '../support/server';

const api = useTestApi();

/** A field with its sub-selection, as GraphQL text. */
const pick = (fields: readonly string[], min = 1) =>
  fc
    .subarray([...fields], { minLength: min })
    .chain((chosen) => fc.shuffledSubarray(chosen, { minLength: chosen.length }));

const areaClass = pick(['code', 'name', '__typename']).map((f) => `{ ${f.join(' ')} }`);
const areaType = fc
  .record({ supergroup: areaClass, group: areaClass, subgroup: areaClass })
  .chain((levels) =>
    pick(Object.keys(levels)).map(
      (chosen) => `{ ${chosen.map((l) => `${l} ${levels[l as keyof typeof levels]}`).join(' ')} }`,
    ),
  );
const classification = fc
  .tuple(
    pick([
      'ruralUrban',
      'ruralUrbanCode',
      'ruralUrbanName',
      'ruralUrbanBroadGroup',
      'rural',
      'ruralPopulationPct2011',
      'industrial',
      'coastal',
      'coastlineKm',
      '__typename',
    ]),
    fc.option(areaType, { nil: undefined }),
  )
  .map(([fields, type]) => `classification { ${fields.join(' ')}${type ? ` areaType ${type}` : ''} }`);
const mobility = fc
  .tuple(pick(['edition', 'score', 'rank', 'outOf', 'band', 'quintile', '__typename']), fc.boolean())
  // With its argument under an alias of its own: `mobility` and `mobility(edition: 2016)` under
  // one response key would be a conflict the validation refuses.
  .map(([fields, edition]) => `${edition ? 'm2016: mobility(edition: 2016)' : 'mobility'} { ${fields.join(' ')} }`);
const measures = pick([
  'domain',
  'averageRank',
  'rankOfAverageRank',
  'averageScore',
  'rankOfAverageScore',
  'mostDeprived10PctShare',
  'rankOfMostDeprived10PctShare',
  'scale',
  'rankOfScale',
  '__typename',
]).map((f) => `{ ${f.join(' ')} }`);
const deprivation = fc
  .record({ imd: measures, domains: measures })
  .chain((lists) =>
    pick([
      'extent',
      'rankOfExtent',
      'localConcentration',
      'rankOfLocalConcentration',
      'outOf',
      'imd',
      'domains',
      '__typename',
    ]).map(
      (chosen) =>
        `deprivation { ${chosen.map((f) => (f in lists ? `${f} ${lists[f as keyof typeof lists]}` : f)).join(' ')} }`,
    ),
  );
const region = pick(['code', 'name', '__typename']).map((f) => `region { ${f.join(' ')} }`);
const leaf = fc.constantFrom('code', 'name', 'population', 'areaKm2', 'id', '__typename');

/** One item of a selection: a field, possibly aliased, or wrapped in a fragment or a directive. */
const item = fc
  .tuple(
    fc.oneof({ weight: 3, arbitrary: leaf }, region, mobility, classification, deprivation),
    fc.constantFrom('plain', 'alias', 'include', 'skip', 'inline', 'spread'),
    fc.integer({ min: 1, max: 3 }),
  )
  .map(([field, how, n]) => {
    switch (how) {
      case 'alias':
        return /^\w+:/.test(field) ? field : `x${n}_${field.split(/[ ({]/)[0]}: ${field}`;
      case 'include':
        return `... @include(if: $yes) { ${field} }`;
      case 'skip':
        return `... @skip(if: $yes) { ${field} }`;
      case 'inline':
        return `... on LocalAuthority { ${field} }`;
      case 'spread':
        return `...F${n}`;
      default:
        return field;
    }
  });

const page = fc.record({
  first: fc.constantFrom(1, 7, 65, 326, 500),
  order: fc.constantFrom(
    'CODE_ASC',
    'NAME_DESC',
    'RANK_ASC',
    'SCORE_DESC',
    'POPULATION_DESC',
    'AREA_ASC',
    'IMD_RANK_ASC',
  ),
  filter: fc.constantFrom(
    '',
    'filter: { band: COLDSPOT }',
    'filter: { coastal: true, rural: false }',
    'filter: { region: "London" }',
  ),
  skip: fc.constantFrom(0, 1, 3),
});

/** The fragments `...Fn` may spread: each a small selection of its own, also merged with the rest. */
const FRAGMENTS = `
fragment F1 on LocalAuthority { code mobility { rank band } }
fragment F2 on LocalAuthority { name region { name } }
fragment F3 on LocalAuthority { classification { coastal areaType { group { name } } } }`;

function operation(selection: string, args: string, shape: 'nodes' | 'edges', yes: boolean): [string, object] {
  const body = shape === 'nodes' ? `nodes { ${selection} }` : `edges { node { ${selection} } }`;
  const used = FRAGMENTS.split('\n').filter((f) => f && selection.includes(`...${f.split(' ')[1]}`));
  return [
    `query List${selection.includes('$yes') ? '($yes: Boolean!)' : ''} { authorities(${args}) { ${body} pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } } ${used.join('\n')}`,
    selection.includes('$yes') ? { yes } : {},
  ];
}

describe('a page of districts built as JSON by PostgreSQL', () => {
  it('gives the answer the resolvers give, for generated selections and pages', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 6 }), page, fc.boolean(), async (items, p, yes) => {
        const selection = items.join(' ');
        let args = `first: ${p.first}, orderBy: ${p.order}${p.filter ? `, ${p.filter}` : ''}`;
        if (p.skip > 0) {
          // A cursor from a first page, so that the page compared starts after it.
          const [first] = operation(
            'code',
            `first: ${p.skip}, orderBy: ${p.order}${p.filter ? `, ${p.filter}` : ''}`,
            'nodes',
            yes,
          );
          const start = await api.data(first);
          const cursor = start.authorities.pageInfo.endCursor as string | null;
          if (cursor) args += `, after: "${cursor}"`;
        }
        const [asNodes, vars] = operation(selection, args, 'nodes', yes);
        const [asEdges] = operation(selection, args, 'edges', yes);
        const built = await api.run(asNodes, vars as never);
        const resolved = await api.run(asEdges, vars as never);
        expect(built.errors).toBeUndefined();
        expect(resolved.errors).toBeUndefined();
        expect(built.statementNames).toContain('findAuthoritiesJson');
        expect(resolved.statementNames).not.toContain('findAuthoritiesJson');
        const { nodes, ...rest } = built.data!.authorities;
        const { edges, ...restResolved } = resolved.data!.authorities;
        expect(nodes).toEqual(edges.map((e: { node: unknown }) => e.node));
        expect(rest).toEqual(restResolved);
      }),
      { numRuns: 40 },
    );
  });

  it('writes the same JSON text the resolvers write, key for key', async () => {
    const selection =
      '__typename id code name population areaKm2 region { code name } mobility { edition score rank outOf band quintile } classification { ruralUrban ruralPopulationPct2011 coastlineKm rural } deprivation { extent outOf imd { averageScore rankOfAverageScore } domains { domain averageScore scale rankOfScale } }';
    const built = await api.run(`{ authorities(first: 500) { nodes { ${selection} } } }`);
    const resolved = await api.run(`{ authorities(first: 500) { edges { node { ${selection} } } } }`);
    expect(built.statementNames).toContain('findAuthoritiesJson');
    const nodes = built.data!.authorities.nodes as unknown[];
    expect(nodes).toHaveLength(326);
    // The order of keys is part of the answer: JSON.stringify keeps it.
    expect(JSON.stringify(nodes)).toBe(
      JSON.stringify(resolved.data!.authorities.edges.map((e: { node: unknown }) => e.node)),
    );
  });

  it('keeps a response key named __proto__ as a key, as the resolvers do', async () => {
    const selection = '__proto__: code region { __proto__: name }';
    const built = await api.run(`{ authorities(first: 3) { nodes { ${selection} } } }`);
    const resolved = await api.run(`{ authorities(first: 3) { edges { node { ${selection} } } } }`);
    expect(built.errors).toBeUndefined();
    expect(built.statementNames).toContain('findAuthoritiesJson');
    const nodes = built.data!.authorities.nodes as Record<string, unknown>[];
    expect(Object.keys(nodes[0]!)).toEqual(['__proto__', 'region']);
    expect(JSON.stringify(nodes)).toBe(
      JSON.stringify(resolved.data!.authorities.edges.map((e: { node: unknown }) => e.node)),
    );
    expect(JSON.stringify(nodes[0])).toMatch(/^\{"__proto__":"E0/);
  });

  it('leaves to the resolvers a selection with a field SQL does not build, with the same answer', async () => {
    const result = await api.run(
      '{ authorities(first: 3) { nodes { code centroid mobility { rank lifeStages { name } } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.statementNames).not.toContain('findAuthoritiesJson');
    expect(result.data!.authorities.nodes).toHaveLength(3);
    expect(result.data!.authorities.nodes[0].centroid.type).toBe('Point');
  });

  it('reports a bad argument below the list as the resolvers do, naming it', async () => {
    const result = await api.run('{ authorities(first: 3) { nodes { code mobility(edition: 2099) { rank } } } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(result.errors?.[0]?.message).toMatch(/edition 2099 is not loaded/);
    expect(result.statementNames).not.toContain('findAuthoritiesJson');
  });

  it('puts each aliased list of each page in its place, from one statement per page', async () => {
    const built = await api.run(
      '{ a: authorities(first: 2) { x: nodes { code } y: nodes { name } } b: authorities(first: 1, orderBy: CODE_DESC) { nodes { code } } }',
    );
    const resolved = await api.run(
      '{ a: authorities(first: 2) { edges { node { code name } } } b: authorities(first: 1, orderBy: CODE_DESC) { edges { node { code } } } }',
    );
    expect(built.errors).toBeUndefined();
    expect(built.statementNames.filter((n) => n === 'findAuthoritiesJson')).toHaveLength(2);
    const a = resolved.data!.a.edges.map((e: { node: { code: string; name: string } }) => e.node);
    expect(built.data!.a.x).toEqual(a.map((n: { code: string }) => ({ code: n.code })));
    expect(built.data!.a.y).toEqual(a.map((n: { name: string }) => ({ name: n.name })));
    expect(built.data!.b.nodes).toEqual(resolved.data!.b.edges.map((e: { node: unknown }) => e.node));
  });
});

describe('a list kept built for the next request of its document', () => {
  const servers = useTestServers({ referenceCacheMs: 60000 });

  it('is kept per set of variables: each answer is the one worked out afresh', async () => {
    const { base } = await servers.start();
    const query = `query Kept($rank: Boolean!, $edition: Int) {
      authorities(first: 4, orderBy: RANK_ASC) { nodes { code mobility(edition: $edition) { score rank @include(if: $rank) } } }
    }`;
    const post = async (variables: Record<string, unknown>) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    };
    const runs = [
      { rank: true },
      { rank: false },
      { rank: true },
      { rank: true, edition: 2099 },
      { rank: false, edition: 2016 },
      { rank: true },
    ];
    for (const variables of runs) {
      const fresh = await api.run(query, variables);
      const answered = await post(variables);
      // Worked out afresh, each answer is the list or (edition 2099) the error naming the edition.
      if (variables.edition === 2099) expect(fresh.errors?.[0]?.message).toMatch(/edition 2099 is not loaded/);
      else expect(fresh.data?.authorities.nodes).toHaveLength(4);
      expect({ variables, answered: answered.data ?? null }).toEqual({ variables, answered: fresh.data ?? null });
      expect({ variables, errors: answered.errors?.map((e) => e.message) }).toEqual({
        variables,
        errors: fresh.errors?.map((e) => e.message),
      });
    }
  });
});
