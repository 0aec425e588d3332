/**
 * Global object identification (the Relay spec): every entity with an identity has an opaque,
 * stable `id`, and `node(id)` / `nodes(ids)` give it back, one batch per type.
 */
import { isInterfaceType } from 'graphql';
import { NODE_SOURCES } from '../../src/server/node.graphql';
import { getSchema } from '../../src/server/schema';
import {
  AuthorityIdDocument,
  DistrictAndAreaIdsDocument,
  IdsOfDistrictsAndCountiesDocument,
  IdsOfEveryKindDocument,
  NodeByIdDocument,
  NodesByIdsDocument,
} from '../generated/graphql';
import { openPrivateTestDb } from '../support/db';
import { createTestApi, useTestApi } from '../support/graphql';

const api = useTestApi();

/** A district, every region, edition and source, and an area: one of every kind of Node. */
const EVERY_KIND = { code: 'E09000033', areaName: 'Norfolk' };

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
    const all = await api.data(IdsOfEveryKindDocument, EVERY_KIND);
    const cases: [string, string, Record<string, unknown>][] = [
      ['LocalAuthority', all.authority!.id, { code: 'E09000033' }],
      ['Area', all.area!.id, { code: all.area!.code }],
      ...all.regions.map((r) => ['Region', r.id, { code: r.code }] as [string, string, Record<string, unknown>]),
      ...all.editions.map(
        (e) => ['Edition', e.id, { edition: e.edition }] as [string, string, Record<string, unknown>],
      ),
      ...all.sources.map((s) => ['Source', s.id, {}] as [string, string, Record<string, unknown>]),
    ];
    expect(cases.length).toBeGreaterThanOrEqual(1 + 1 + 9 + 1 + 10);
    for (const [type, id, fields] of cases) {
      const { node } = await api.data(NodeByIdDocument, { id });
      expect(node).toMatchObject({ __typename: type, id, ...fields });
    }
  });

  it('makes ids opaque and unique across types: a district and the area of the same code differ', async () => {
    const { authority, area } = await api.data(DistrictAndAreaIdsDocument, { code: 'E07000191' });
    expect(authority!.code).toBe(area!.code);
    expect(authority!.id).not.toBe(area!.id);
    expect(authority!.id).not.toContain('E07000191');
  });

  it('gives the same ids from another server over another copy of the data (stable across restarts)', async () => {
    const db = await openPrivateTestDb();
    const other = await createTestApi(db);
    try {
      expect(await other.data(IdsOfEveryKindDocument, EVERY_KIND)).toEqual(
        await api.data(IdsOfEveryKindDocument, EVERY_KIND),
      );
    } finally {
      await other.server.stop();
      await db.close();
    }
  });

  it('answers null for an id of nothing, and names the argument of a malformed one', async () => {
    const { authority } = await api.data(AuthorityIdDocument, { code: 'E09000033' });
    const unknown = Buffer.from('LocalAuthority:E99999999').toString('base64url');
    expect((await api.data(NodeByIdDocument, { id: unknown })).node).toBeNull();
    expect((await api.data(NodeByIdDocument, { id: 'no-such-source' })).node).toBeNull();
    for (const bad of ['', 'not an id!', Buffer.from('Salary:E09000033').toString('base64url'), `${authority!.id}==`]) {
      const result = await api.run(NodeByIdDocument, { id: bad });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
      expect(result.errors?.[0]?.message).toMatch(/^id is not an id this API gives/);
    }
  });
});

describe('nodes(ids)', () => {
  it('answers in the order given, with null where nothing has the id, one statement per type', async () => {
    const listed = await api.data(IdsOfDistrictsAndCountiesDocument, { districts: 40, counties: 10 });
    const districts = listed.authorities.nodes;
    const counties = listed.areas.nodes;
    const missing = Buffer.from('Area:E10999999').toString('base64url');
    const ids = [...districts.map((d) => d.id), missing, ...counties.map((c) => c.id)].reverse();
    const result = await api.run(NodesByIdsDocument, { ids });
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
    const { authority } = await api.data(AuthorityIdDocument, { code: 'E09000033' });
    const tooMany = await api.run(NodesByIdsDocument, {
      ids: Array.from({ length: 101 }, () => authority!.id),
    });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
    expect(tooMany.errors?.[0]?.message).toMatch(/at most 100 ids \(got 101\)/);
    const malformed = await api.run(NodesByIdsDocument, {
      ids: [authority!.id, '***'],
    });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids[1]' });
  });
});
