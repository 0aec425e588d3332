/**
 * /graphql: runs each request through Apollo Server (executeHTTPGraphQLRequest, as an
 * integration package would, here on Fastify) in front of a whole-response cache. A response is
 * cached when it has no errors, keyed by the data version and the request (query text or
 * persisted-query hash, operation name, variables), so the same question is answered from memory
 * until the data changes. Every cacheable response carries an ETag (a matching If-None-Match
 * gets 304) and Cache-Control; anything else is `no-store`. A request that arrives while a data
 * change is on its way waits for it, and one during which a change arrives is worked out again
 * once the instance serves it (data-version.ts), so no answer mixes two versions.
 */
import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type ByteCache, clientHasCurrent, type RequestContext, type SharedCache } from '../common';
import type { DataVersion } from './data-version';
import { checkQueryText, checkVariables, type InputLimits, type InputProblem } from './input-limits';
import { GRAPHQL_RESPONSE_JSON, responseMediaType, statusFor, type GraphqlMediaType } from './media-type';

export interface CachedResponse {
  body: string;
  etag: string;
  contentType: string;
}

export interface GraphqlHandlerOptions {
  apollo: ApolloServer<RequestContext>;
  /** Builds the request's context (database, loaders, logger) for the data version it serves. */
  context: (request: FastifyRequest, dataVersion: number) => Promise<RequestContext>;
  dataVersion: DataVersion;
  responses: ByteCache<CachedResponse>;
  /** The cache instances share (Redis), asked after a miss in `responses`. */
  shared?: SharedCache;
  /** Cache-Control max-age of cacheable responses, seconds. */
  maxAgeSeconds: number;
  onCache?: (outcome: 'hit' | 'shared_hit' | 'miss' | 'bypass') => void;
  /** Bounds on the query text, checked before Apollo parses it. */
  limits: InputLimits;
  /** Called with the code of a request rejected here, before Apollo saw it. */
  onRejected?: (code: string) => void;
  /** Called when a request is worked out again because the data changed while it ran. */
  onRerun?: () => void;
}

/**
 * What is wrong with a request's query text (nested too deep for the parser) or its POST
 * variables (input-limits.ts), before anything parses or serialises them; GET variables are
 * JSON text that Apollo parses, and its plugin (limits.ts) checks them.
 */
function inputProblem(request: FastifyRequest, limits: InputLimits): InputProblem | null {
  const source = (request.method === 'GET' ? request.query : request.body) as
    { query?: unknown; variables?: unknown } | undefined;
  if (!source || typeof source !== 'object') return null;
  if (typeof source.query === 'string') {
    const problem = checkQueryText(source.query, limits);
    if (problem) return problem;
  }
  return request.method === 'GET' ? null : checkVariables(source.variables, limits);
}

const sha = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** What identifies a request's answer, or null when it cannot be told (Apollo reports the problem). */
function requestKey(request: FastifyRequest, version: number, type: GraphqlMediaType | null): string | null {
  const isGet = request.method === 'GET';
  const source = (isGet ? request.query : request.body) as Record<string, unknown> | undefined;
  if (!source || typeof source !== 'object' || Array.isArray(source)) return null;
  const json = (v: unknown): unknown => (isGet && typeof v === 'string' ? (JSON.parse(v) as unknown) : (v ?? null));
  try {
    const extensions = json(source.extensions) as { persistedQuery?: { sha256Hash?: unknown } } | null;
    const query = typeof source.query === 'string' ? source.query : null;
    const persisted =
      typeof extensions?.persistedQuery?.sha256Hash === 'string' ? extensions.persistedQuery.sha256Hash : null;
    if (query === null && persisted === null) return null;
    return sha(
      JSON.stringify([version, type, query ?? persisted, source.operationName ?? null, json(source.variables)]),
    );
  } catch {
    return null;
  }
}

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  entry: CachedResponse,
  maxAgeSeconds: number,
  outcome: string,
): FastifyReply {
  reply
    .header('etag', entry.etag)
    .header('cache-control', `public, max-age=${maxAgeSeconds}`)
    .header('vary', 'Accept')
    .header('x-cache', outcome);
  if (clientHasCurrent(request.headers['if-none-match'], entry.etag)) return reply.code(304).send();
  return reply.code(200).type(entry.contentType).send(entry.body);
}

/** An entry another instance stored, or undefined when there is none or it is not one of ours. */
function sharedEntry(text: string | undefined): CachedResponse | undefined {
  if (text === undefined) return undefined;
  try {
    const entry = JSON.parse(text) as Partial<CachedResponse>;
    return typeof entry.body === 'string' && typeof entry.etag === 'string' && typeof entry.contentType === 'string'
      ? (entry as CachedResponse)
      : undefined;
  } catch {
    return undefined;
  }
}

export function graphqlHandler(o: GraphqlHandlerOptions) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    let version = o.dataVersion.current();
    // The response's media type, and so the status of a request error (media-type.ts).
    const type = responseMediaType(request.headers.accept);
    reply.header('vary', 'Accept');
    // Inputs first: the cache key serialises the variables, and the parser recurses per level.
    const refused = inputProblem(request, o.limits);
    if (refused) {
      o.onRejected?.('BAD_USER_INPUT');
      const error = {
        message: refused.message,
        extensions: { code: 'BAD_USER_INPUT', argument: refused.argument, limit: refused.limit },
      };
      const body = JSON.stringify({ errors: [error] });
      return reply
        .code(statusFor(type, 400, body))
        .header('cache-control', 'no-store')
        .type(`${type ?? GRAPHQL_RESPONSE_JSON}; charset=utf-8`)
        .send(body);
    }
    const keyVersion = version;
    const key = o.responses.enabled ? requestKey(request, keyVersion, type) : null;
    const hit = key ? o.responses.get(key) : undefined;
    if (hit) {
      o.onCache?.('hit');
      return send(request, reply, hit, o.maxAgeSeconds, 'HIT');
    }
    const shared = key && o.shared ? sharedEntry(await o.shared.get(key)) : undefined;
    if (key && shared) {
      o.responses.set(key, shared);
      o.onCache?.('shared_hit');
      return send(request, reply, shared, o.maxAgeSeconds, 'HIT-SHARED');
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    if (type) headers.set('accept', type);
    const queryAt = request.url.indexOf('?');
    const execute = async (at: number) => {
      let context: RequestContext | undefined;
      const response = await o.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: request.method,
          headers,
          search: queryAt >= 0 ? request.url.slice(queryAt) : '',
          body: request.body,
        },
        context: async () => (context = await o.context(request, at)),
      });
      return { response, context };
    };
    // A change is committed but not served yet (a replica may be replaying it): wait for it, so
    // that the statements all read one side of it. Cached answers above need not wait.
    if (o.dataVersion.pending()) {
      await o.dataVersion.settled();
      version = o.dataVersion.current();
    }
    let changes = o.dataVersion.changes();
    let run = await execute(version);
    // A request refused before it ran (503 SERVER_BUSY: no slot in time) read nothing, so a change
    // meanwhile cannot have split it: it is answered as it is, not queued a second time.
    if (o.dataVersion.changes() !== changes && run.response.status !== 503) {
      // A change committed while it ran, so its statements may have read both sides of it: once
      // the instance has moved to the change, work it out again (once) for the new version.
      await o.dataVersion.settled();
      o.onRerun?.();
      version = o.dataVersion.current();
      changes = o.dataVersion.changes();
      run = await execute(version);
    }
    const { response, context } = run;
    for (const [name, value] of response.headers) reply.header(name, value);
    if (response.body.kind !== 'complete') {
      let body = '';
      for await (const chunk of response.body.asyncIterator) body += chunk;
      return reply.code(response.status ?? 200).send(body);
    }
    const body = response.body.string;
    reply.code(statusFor(type, response.status ?? 200, body));
    // Kept only when no change was seen while it ran (the key is the version it was worked out for).
    const settled = key !== null && o.dataVersion.changes() === changes && o.dataVersion.current() === version;
    const settledKey = !settled ? null : version === keyVersion ? key : requestKey(request, version, type);
    const cacheable =
      settledKey !== null && reply.statusCode === 200 && context !== undefined && !context.response.hasErrors;
    if (!cacheable) {
      o.onCache?.('bypass');
      return reply.header('cache-control', 'no-store').send(body);
    }
    const entry: CachedResponse = {
      body,
      etag: `"${version}-${sha(body).slice(0, 22)}"`,
      contentType: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8'),
    };
    o.responses.set(settledKey, entry);
    o.shared?.set(settledKey, JSON.stringify(entry));
    o.onCache?.('miss');
    return send(request, reply, entry, o.maxAgeSeconds, 'MISS');
  };
}
