/**
 * Runs operations through the real schema and Apollo Server (formatError included), with a
 * context whose statements are counted.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { stringifyWithRaw } from '../../src/common';
import type { Limits } from '../../src/config';
import type { Db } from '../../src/db/db';
import { createContext } from '../../src/server/context';
import { createServer, type AtlasServer } from '../../src/server/http';
import { testConfig } from './config';
import { openTestDb, testLog } from './db';

export interface Result<T> {
  data: T | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
  statements: number;
  statementNames: string[];
}

export interface TestApi {
  server: AtlasServer;
  run<T = Record<string, any>, V extends Record<string, unknown> = Record<string, unknown>>(
    query: TypedDocumentNode<T, V> | DocumentNode | string,
    variables?: V,
  ): Promise<Result<T>>;
  /** Runs an operation that must succeed and returns its data. */
  data<T = Record<string, any>, V extends Record<string, unknown> = Record<string, unknown>>(
    query: TypedDocumentNode<T, V> | DocumentNode | string,
    variables?: V,
  ): Promise<T>;
}

export async function createTestApi(db: Db, limits?: Limits): Promise<TestApi> {
  const server = await createServer({
    db,
    log: testLog,
    config: testConfig({ graphiql: true, ...(limits ? { limits } : {}) }),
  });
  const run: TestApi['run'] = async (query, variables) => {
    const contextValue = createContext(db, testLog);
    const response = await server.apollo.executeOperation(
      { query: typeof query === 'string' ? query : print(query), variables },
      { contextValue },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    // As a client reads it: the JSON the server would send (GeoJSON from PostGIS spliced in as text).
    const { data, errors } = JSON.parse(
      stringifyWithRaw(response.body.singleResult),
    ) as typeof response.body.singleResult;
    return {
      data: data as never,
      errors,
      statements: contextValue.statements.count,
      statementNames: contextValue.statements.names,
    };
  };
  return {
    server,
    run,
    async data(query, variables) {
      const result = await run(query, variables);
      if (result.errors) throw new Error(`unexpected errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as never;
    },
  };
}

/**
 * Registers beforeAll/afterAll that open a private test database and an API over it, and returns
 * an API that forwards to them: `const api = useTestApi();` at the top of a spec.
 */
export function useTestApi(limits?: Limits): TestApi & { readonly db: Db } {
  let db: Db | undefined;
  let api: TestApi | undefined;
  beforeAll(async () => {
    db = await openTestDb();
    api = await createTestApi(db, limits);
  });
  afterAll(async () => {
    await api?.server.stop();
    await db?.close();
  });
  const ready = (): TestApi => {
    if (!api) throw new Error('useTestApi: the API is only available inside tests');
    return api;
  };
  return {
    get server() {
      return ready().server;
    },
    get db() {
      if (!db) throw new Error('useTestApi: the database is only available inside tests');
      return db;
    },
    run: (query, variables) => ready().run(query, variables),
    data: (query, variables) => ready().data(query, variables),
  };
}
