/**
 * A domain as the server sees it: its GraphQL resolvers and, for a domain that speaks another
 * protocol (maps: tiles, OGC API), its routes. Each domain's index.ts exports one DomainModule;
 * server/modules.ts lists them once, in layer order, and everything the server composes (the
 * schema, the routes) comes from that list. Loaders are not listed: each domain declares its own
 * (defineLoaders, context.ts) and they are made on first use.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ClassType } from 'type-graphql';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { RequestContext } from './context';
import type { NodeSource } from './node';

/** What a domain's routes are given by the server. */
export interface RouteDeps {
  config: Config;
  log: Logger;
  /** A request context for the data version given (loaders, observed database). */
  context: (request: FastifyRequest, dataVersion: number) => RequestContext;
  /** The data version served now; ETags and cache keys carry it. */
  dataVersion: () => number;
  /** Waits for a database slot for work of this cost; resolves to the release. */
  admit: (cost: number) => Promise<() => void>;
}

export interface DomainModule {
  readonly name: string;
  /** type-graphql resolver classes (@Resolver). */
  readonly resolvers: readonly ClassType[];
  /** How to fetch the domain's Node types by key, for `Query.node` and `Query.nodes` (node.ts). */
  readonly nodes?: readonly NodeSource[];
  /** Routes beside GraphQL, mounted once the GraphQL endpoint is. */
  readonly routes?: (app: FastifyInstance, deps: RouteDeps) => void;
}

export const defineModule = (module: DomainModule): DomainModule => Object.freeze(module);
