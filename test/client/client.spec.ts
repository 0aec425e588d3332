/**
 * The client package, as a frontend uses it: every typed document it exports runs through Apollo
 * Client against a real server, without errors, and the cache normalises every object with an
 * identity by its id, so a district fetched by several documents is one entry; a default
 * InMemoryCache does so already, and with the package's type policies it also merges the
 * objects with no id instead of warning that data may be lost.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST } from 'graphql';
import * as documents from '../../client/src/generated';
import { typePolicies } from '../../client/src/type-policies';
import { EXAMPLE_QUERIES } from '../../src/server/examples';
import { useTestServers } from '../support/server';

// Apollo Client ships as ES modules (its types say so); the suite loads it as the runtime allows.
const apollo = () => import('@apollo/client/core');

const servers = useTestServers();

const exported = Object.entries(documents).filter(([name]) => name.endsWith('Document')) as [
  string,
  TypedDocumentNode<Record<string, unknown>, Record<string, never>>,
][];

describe('the client package', () => {
  it('exports a typed document for every GraphiQL example, and no other', () => {
    const names = exported.map(([, doc]) => getOperationAST(doc)?.name?.value).sort();
    const examples = EXAMPLE_QUERIES.map((e) => /query (\w+)/.exec(e.query)?.[1]).sort();
    expect(names).toEqual(examples);
    expect(names.length).toBeGreaterThanOrEqual(9);
  });

  /** Runs every document through a fresh Apollo Client; returns it, and what it warned. */
  async function runAll(policies?: typeof typePolicies) {
    const { base } = await servers.start();
    const { ApolloClient, HttpLink, InMemoryCache } = await apollo();
    const client = new ApolloClient({
      link: new HttpLink({ uri: `${base}/graphql`, fetch }),
      cache: new InMemoryCache(policies ? { typePolicies: policies } : {}),
    });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const results: Array<{ name: string; data: unknown; errors: unknown }> = [];
    let warnings: string[];
    try {
      for (const [name, document] of exported) {
        const result = await client.query({ query: document, errorPolicy: 'all' });
        results.push({ name, data: result.data, errors: result.errors });
      }
    } finally {
      warnings = warn.mock.calls.map((args) => args.map(String).join(' '));
      warn.mockRestore();
    }
    client.stop();
    return { client, results, warnings };
  }

  it('runs every document through Apollo Client, which keeps one entry per district, keyed by id', async () => {
    const { client, results } = await runAll(typePolicies);
    const codes = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(collect);
      if (value && typeof value === 'object') {
        const v = value as Record<string, unknown>;
        if (v.__typename === 'LocalAuthority' && typeof v.id === 'string') codes.add(v.id);
        Object.values(v).forEach(collect);
      }
    };
    for (const { name, data, errors } of results) {
      expect({ name, errors }).toEqual({ name, errors: undefined });
      collect(data);
    }
    const cache = client.cache.extract() as Record<string, Record<string, unknown>>;
    const districtEntries = Object.keys(cache).filter((key) => key.startsWith('LocalAuthority:'));
    // Districts come back from several documents (Norfolk's, Greater Manchester's, the coldspots):
    // each is one entry, under the id the API gave it.
    expect(codes.size).toBeGreaterThan(50);
    expect(districtEntries.sort()).toEqual([...codes].map((id) => `LocalAuthority:${id}`).sort());
    // No district is stored inside another object: every place that holds one holds a reference.
    const inline = Object.values(cache).flatMap((entry) =>
      Object.values(entry).filter(
        (v) => v !== null && typeof v === 'object' && (v as { __typename?: string }).__typename === 'LocalAuthority',
      ),
    );
    expect(inline).toEqual([]);
  });

  it("merges the objects with no id by the package's type policies, where a default cache warns of lost data", async () => {
    // Westminster's and Norfolk's documents select different fields of the same districts' mobility.
    const plain = await runAll();
    expect(plain.warnings.join('\n')).toMatch(/Mobility/);
    const merged = await runAll(typePolicies);
    expect(merged.warnings).toEqual([]);
    // Every object type with no id in the served schema has its policy (the codegen check keeps it so).
    expect(Object.keys(typePolicies)).toEqual(
      expect.arrayContaining(['Mobility', 'Classification', 'AuthorityConnection']),
    );
  });
});
