/**
 * Frontend clients we did not write, against a real server: Relay's compiler accepts a
 * @refetchable fragment on a district (it needs Node and Query.node), and Apollo Client's default
 * InMemoryCache keeps one copy of a district fetched by two different queries (it needs `id`).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildClientSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';
import { ROOT } from '../../support/paths';
import { useTestServers } from '../../support/server';

// Apollo Client ships as ES modules (its types say so); the suite loads it as the runtime allows.
const apollo = () => import('@apollo/client/core');

const servers = useTestServers({ introspection: true });
const run = promisify(execFile);

/** The schema the server serves, as SDL, read by introspection over HTTP as a client would. */
async function servedSchema(base: string): Promise<string> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const { data } = (await response.json()) as { data: IntrospectionQuery };
  return printSchema(buildClientSchema(data));
}

describe("Relay's compiler", () => {
  it('compiles a @refetchable fragment on LocalAuthority against the served schema', async () => {
    const { base } = await servers.start();
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-relay-'));
    try {
      await mkdir(path.join(dir, 'src'));
      await writeFile(path.join(dir, 'schema.graphql'), await servedSchema(base));
      await writeFile(
        path.join(dir, 'relay.config.json'),
        JSON.stringify({ src: './src', schema: './schema.graphql', language: 'typescript' }),
      );
      await writeFile(
        path.join(dir, 'src', 'District.ts'),
        [
          "import { graphql } from 'react-relay';",
          'export const fragment = graphql`',
          '  fragment District_authority on LocalAuthority @refetchable(queryName: "DistrictRefetchQuery") {',
          '    code name mobility { rank band }',
          '  }',
          '`;',
          'export const query = graphql`',
          '  query DistrictQuery($code: ID!) { authority(code: $code) { ...District_authority } }',
          '`;',
          '',
        ].join('\n'),
      );
      const binary = path.join(ROOT, 'node_modules', 'relay-compiler', `${process.platform}-${process.arch}`, 'relay');
      // A schema Relay cannot use (no Node, no node field) or an invalid fragment fails here.
      await run(binary, [], { cwd: dir }).catch((e: { stdout?: string; stderr?: string }) => {
        throw new Error(`relay-compiler failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
      });
      const generated = path.join(dir, 'src', '__generated__');
      expect((await readdir(generated)).sort()).toEqual(
        expect.arrayContaining([
          'DistrictQuery.graphql.ts',
          'DistrictRefetchQuery.graphql.ts',
          'District_authority.graphql.ts',
        ]),
      );
      // The refetch query Relay made goes through Query.node by the district's id.
      const refetch = await readFile(path.join(generated, 'DistrictRefetchQuery.graphql.ts'), 'utf8');
      expect(refetch).toMatch(/node\(id: \$id\)/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('Apollo Client with a default InMemoryCache', () => {
  it('keeps one copy of a district that two queries fetched, so updating one updates both', async () => {
    const { base } = await servers.start();
    const { ApolloClient, gql, HttpLink, InMemoryCache } = await apollo();
    const client = new ApolloClient({
      link: new HttpLink({ uri: `${base}/graphql`, fetch }),
      cache: new InMemoryCache(),
    });
    const ONE = gql`
      query One {
        authority(code: "E09000033") { id code name mobility { rank } }
      }
    `;
    const LIST = gql`
      query Top {
        authorities(orderBy: RANK_ASC, first: 3) { nodes { id code name } }
      }
    `;
    const one = await client.query({ query: ONE });
    const list = await client.query({ query: LIST });
    const westminster = one.data.authority;
    expect(list.data.authorities.nodes[0]).toMatchObject({ id: westminster.id, code: 'E09000033' });

    // One normalised entry per district, keyed by __typename and id.
    const cache = client.cache.extract() as Record<string, { code?: string }>;
    const entries = Object.entries(cache).filter(([, v]) => v.code === 'E09000033');
    expect(entries.map(([key]) => key)).toEqual([`LocalAuthority:${westminster.id}`]);

    client.cache.writeFragment({
      id: client.cache.identify(westminster),
      fragment: gql`
        fragment Renamed on LocalAuthority { name }
      `,
      data: { name: 'City of Westminster' },
    });
    const listed = client.cache.readQuery<{ authorities: { nodes: { name: string }[] } }>({ query: LIST });
    expect(listed?.authorities.nodes[0]?.name).toBe('City of Westminster');
    client.stop();
  });
});
