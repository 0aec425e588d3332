/**
 * /graphql: runs each request through Apollo Server (executeHTTPGraphQLRequest; this replaces
 * the small Express adapter package so the response can be cached) in front of a whole-response
 * cache. A response is cached when it has no errors, keyed by the data version and the request
 * (query text or persisted-query hash, operation name, variables), so the same question is
 * answered from memory until the data changes. Every cacheable response carries an ETag (a
 * matching If-None-Match gets 304) and Cache-Control; anything else is `no-store`.
 */
import { createHash } from 'node:crypto';
import { parse as parseUrl } from 'node:url';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ByteCache } from '../common';
import type { Context } from './context';
import type { DataVersion } from './data-version';

export interface CachedResponse {
  body: string;
  etag: string;
  contentType: string;
}

export interface GraphqlHandlerOptions {
  apollo: ApolloServer<Context>;
  /** Builds the request's context (database, loaders, logger) for the data version it serves. */
  context: (res: Response, dataVersion: number) => Promise<Context>;
  dataVersion: DataVersion;
  responses: ByteCache<CachedResponse>;
  /** Cache-Control max-age of cacheable responses, seconds. */
  maxAgeSeconds: number;
  onCache?: (outcome: 'hit' | 'miss' | 'bypass') => void;
}

const sha = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** What identifies a request's answer, or null when it cannot be told (Apollo reports the problem). */
function requestKey(req: Request, version: number): string | null {
  const source = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
  if (!source || typeof source !== 'object' || Array.isArray(source)) return null;
  const json = (v: unknown): unknown => {
    if (typeof v !== 'string' || req.method !== 'GET') return v ?? null;
    return JSON.parse(v) as unknown;
  };
  try {
    const extensions = json(source.extensions) as { persistedQuery?: { sha256Hash?: unknown } } | null;
    const query = typeof source.query === 'string' ? source.query : null;
    const persisted = typeof extensions?.persistedQuery?.sha256Hash === 'string' ? extensions.persistedQuery.sha256Hash : null;
    if (query === null && persisted === null) return null;
    return sha(JSON.stringify([version, query ?? persisted, source.operationName ?? null, json(source.variables)]));
  } catch {
    return null;
  }
}

function send(req: Request, res: Response, entry: CachedResponse, maxAgeSeconds: number, outcome: string): void {
  res.setHeader('etag', entry.etag);
  res.setHeader('cache-control', `public, max-age=${maxAgeSeconds}`);
  res.setHeader('x-cache', outcome);
  const given = req.get('if-none-match');
  if (given && given.split(',').some((tag) => tag.trim() === entry.etag)) {
    res.status(304).end();
    return;
  }
  res.setHeader('content-type', entry.contentType);
  res.status(200).send(entry.body);
}

export function graphqlHandler(o: GraphqlHandlerOptions): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const version = o.dataVersion.current();
      const key = o.responses.enabled ? requestKey(req, version) : null;
      const hit = key ? o.responses.get(key) : undefined;
      if (hit) {
        o.onCache?.('hit');
        send(req, res, hit, o.maxAgeSeconds, 'HIT');
        return;
      }
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      let context: Context | undefined;
      const response = await o.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: parseUrl(req.url).search ?? '', body: req.body },
        context: async () => (context = await o.context(res, version)),
      });
      for (const [name, value] of response.headers) res.setHeader(name, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind !== 'complete') {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
        return;
      }
      const body = response.body.string;
      const cacheable = key !== null && res.statusCode === 200 && context !== undefined && !context.response.hasErrors && o.dataVersion.current() === version;
      if (!cacheable) {
        o.onCache?.('bypass');
        res.setHeader('cache-control', 'no-store');
        res.send(body);
        return;
      }
      const entry: CachedResponse = { body, etag: `"${version}-${sha(body).slice(0, 22)}"`, contentType: String(res.getHeader('content-type') ?? 'application/json; charset=utf-8') };
      o.responses.set(key, entry);
      o.onCache?.('miss');
      send(req, res, entry, o.maxAgeSeconds, 'MISS');
    } catch (err) {
      next(err);
    }
  };
}
