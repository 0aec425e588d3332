/**
 * Global object identification (the Relay spec): every entity with an identity has an opaque,
 * stable `id`, and `node(id)` / `nodes(ids)` give it back, one batch per type.
 */
import { isInterfaceType } from 'graphql';
import { NODE_SOURCES } from '../../src/server/node.graphql';
import { getSchema } from '../../src/server/schema';
import { openPrivateTestDb } from '../support/db';
import { createTestApi, useTestApi } from '../support/graphql';

const api = useTestApi();

const EVERY_KIND = `{
  authority(code: "E09000033") { id code }
  regions { id code }
  editions { id edition }
  area(name: "Norfolk") { id code }
  sources { id }
}`;

const NODE = `query Node($id: ID!) {
  node(id: $id) {
    __typename id
    ... on LocalAuthority { code }
    ... on Region { code }
    ... on Edition { edition }
    ... on Area { code }
    ... on Source { title }
  }
}`;

describe('node(id)', () => {
  it('can fetch every type that implements Node (each has its source in a module)', async () => {
    const schema = await getSchema();
    const node = schema.getType('Node');
    if (!isInterfaceType(node)) throw new Error('Node is not an interface');
    const implementations = schema.getImplementations(node).objects.map((t) => t.name);
    expect(implementations.sort()).toEqual([...NODE_SOURCES.keys()].sort());
    expect(implementations).toEqual(expect.arrayContaining(['LocalAuthority', 'Region', 'Edition', 'Area', 'Source']));
  });

  it('gives back every kind of Node by the id it carries', async () => {
    const all = await api.data(EVERY_KIND);
    const cases: [string, string, Record<string, unknown>][] = [
      ['LocalAuthority', all.authority.id, { code: 'E09000033' }],
      ['Area', all.area.id, { code: all.area.code }],
      ...all.regions.map((r: any) => ['Region', r.id, { code: r.code }] as [string, string, Record<string, unknown>]),
      ...all.editions.map(
        (e: any) => ['Edition', e.id, { edition: e.edition }] as [string, string, Record<string, unknown>],
      ),
      ...all.sources.map((s: any) => ['Source', s.id, {}] as [string, string, Record<string, unknown>]),
    ];
    expect(cases.length).toBeGreaterThanOrEqual(1 + 1 + 9 + 1 + 10);
    for (const [type, id, fields] of cases) {
      const { node } = await api.data(NODE, { id });
      expect(node).toMatchObject({ __typename: type, id, ...fields });
    }
  });

  it('makes ids opaque and unique across types: a district and the area of the same code differ', async () => {
    const { authority, area } = await api.data(`{
      authority(code: "E07000191") { id code }
      area(code: "E07000191") { id code }
    }`);
    expect(authority.code).toBe(area.code);
    expect(authority.id).not.toBe(area.id);
    expect(authority.id).not.toContain('E07000191');
  });

  it('gives the same ids from another server over another copy of the data (stable across restarts)', async () => {
    const db = await openPrivateTestDb();
    const other = await createTestApi(db);
    try {
      expect(await other.data(EVERY_KIND)).toEqual(await api.data(EVERY_KIND));
    } finally {
      await other.server.stop();
      await db.close();
    }
  });

  it('answers null for an id of nothing, and names the argument of a malformed one', async () => {
    const { authority } = await api.data('{ authority(code: "E09000033") { id } }');
    const unknown = Buffer.from('LocalAuthority:E99999999').toString('base64url');
    expect((await api.data(NODE, { id: unknown })).node).toBeNull();
    expect((await api.data(NODE, { id: 'no-such-source' })).node).toBeNull();
    for (const bad of ['', 'not an id!', Buffer.from('Salary:E09000033').toString('base64url'), `${authority.id}==`]) {
      const result = await api.run(NODE, { id: bad });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
      expect(result.errors?.[0]?.message).toMatch(/^id is not an id this API gives/);
    }
  });
});

describe('nodes(ids)', () => {
  it('answers in the order given, with null where nothing has the id, one statement per type', async () => {
    const listed = await api.data(`{
      authorities(orderBy: RANK_ASC, first: 40) { nodes { id code } }
      areas(kind: COUNTY, asOf: 2025, first: 10) { nodes { id code } }
    }`);
    const districts = listed.authorities.nodes as { id: string; code: string }[];
    const counties = listed.areas.nodes as { id: string; code: string }[];
    const missing = Buffer.from('Area:E10999999').toString('base64url');
    const ids = [...districts.map((d) => d.id), missing, ...counties.map((c) => c.id)].reverse();
    const result = await api.run(
      `query Nodes($ids: [ID!]!) {
        nodes(ids: $ids) { __typename ... on LocalAuthority { code mobility { rank } } ... on Area { code } }
      }`,
      { ids },
    );
    expect(result.errors).toBeUndefined();
    const expected = [
      ...districts.map((d) => ({ __typename: 'LocalAuthority', code: d.code })),
      null,
      ...counties.map((c) => ({ __typename: 'Area', code: c.code })),
    ].reverse();
    expect(result.data!.nodes).toMatchObject(expected);
    // Districts in one statement, their ranks in one, the areas in one.
    expect(result.statements).toBeLessThanOrEqual(4);
  });

  it('refuses more than 100 ids, and names the malformed one', async () => {
    const { authority } = await api.data('{ authority(code: "E09000033") { id } }');
    const tooMany = await api.run('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 101 }, () => authority.id),
    });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
    expect(tooMany.errors?.[0]?.message).toMatch(/at most 100 ids \(got 101\)/);
    const malformed = await api.run('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: [authority.id, '***'],
    });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids[1]' });
  });
});
