/**
 * The GraphQL engine: Apollo Server 5 over the type-graphql schema, with our error formatting,
 * the depth, alias and cost limits, metrics, and a header that reports each request's SQL
 * statement count. No batching; Apollo's own signal handlers stay off (main.ts owns shutdown,
 * and the HTTP server drains in-flight requests before Apollo stops).
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { applySplices, stringifyWithRaw } from '../common';
import type { Limits } from '../config';
import { admissionPlugin, type Admission } from './admission';
import type { Logger } from '../logger';
import type { RequestContext } from '../common';
import { createErrorFormatter } from './format-error';
import { aliasRule, budgetPlugin, costPlugin, depthRule } from './limits';
import type { Metrics } from './metrics';
import { argsClasses, getSchema } from './schema';

/**
 * Reports the number of SQL statements a GraphQL request issued (for clients and benchmarks),
 * and marks a response with errors, which the response cache does not keep.
 */
const statementCountHeader: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        response.http.headers.set('x-sql-statements', String(contextValue.statements.count));
        contextValue.response.hasErrors =
          response.body.kind !== 'single' || Boolean(response.body.singleResult.errors?.length);
      },
    };
  },
};

/** Puts the lists made whole from one statement into the response (common/raw-json.ts), before it is written. */
const spliceLists: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (contextValue.splices.length > 0 && response.body.kind === 'single')
          applySplices(response.body.singleResult.data, contextValue.splices);
      },
    };
  },
};

export interface ApolloOptions {
  log: Logger;
  limits: Limits;
  /** Admission control: requests wait here, after their cost is known, for a turn at the database. */
  admission?: Admission;
  metrics: Metrics;
  introspection: boolean;
  statementTimeoutMs: number;
}

export async function createApollo(o: ApolloOptions): Promise<ApolloServer<RequestContext>> {
  const schema = await getSchema();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: o.introspection,
    formatError: createErrorFormatter(o.log.child({ module: 'graphql' }), o.statementTimeoutMs),
    includeStacktraceInErrorResponses: false,
    // Batched operations (a JSON array of requests) stay off: one operation per request.
    allowBatchedHttpRequests: false,
    // GET requests (which browsers and CDNs cache) are served. CSRF prevention guards against
    // side effects a browser could trigger with its cookies; this API has no mutations and uses
    // no cookies or other ambient credentials, so it has nothing to protect and stays off.
    csrfPrevention: false,
    // main.ts owns SIGTERM/SIGINT (drain, close the database, exit); Apollo's own handlers would
    // race it and re-raise the signal.
    stopOnTerminationSignals: false,
    // As Apollo writes it (JSON and a newline), with GeoJSON from PostGIS spliced in as it came.
    stringifyResult: (result) => `${stringifyWithRaw(result)}\n`,
    validationRules: [depthRule(o.limits.maxDepth), aliasRule(o.limits.maxAliases)],
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin wraps every field resolver to collect @cacheControl hints;
      // this server's caching is keyed by the data version instead (graphql-handler.ts).
      ApolloServerPluginCacheControlDisabled(),
      statementCountHeader,
      spliceLists,
      // In this order: the cost, then a turn (admission needs the cost), then the budget.
      costPlugin(schema, o.limits, argsClasses()),
      ...(o.admission ? [admissionPlugin(o.admission)] : []),
      budgetPlugin(o.limits),
      o.metrics.plugin,
    ],
  });
  await apollo.start();
  return apollo;
}
