/**
 * What the map and GIS routes share (besides the server's RouteDeps: a request context with the
 * same loaders and criteria as GraphQL, admission to the database, the data version their ETags
 * carry): query parameters, conditional requests, and errors as JSON
 * with a code and a message that names the query parameter (400), or 503 with Retry-After when
 * the server is busy. Nothing here answers a request with a stack trace.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { BadUserInputError, clientHasCurrent } from '../common';
import type { Logger } from '../logger';

/** An integer query parameter in lo..hi, or the fallback when it is absent. */
export function intParameter(
  query: Record<string, unknown>,
  name: string,
  lo: number,
  hi: number,
  fallback?: number,
): number | undefined {
  const raw = query[name];
  if (raw === undefined || raw === '') return fallback;
  const value = typeof raw === 'string' && /^-?\d{1,12}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < lo || value > hi) {
    throw new BadUserInputError(
      name,
      `${name} must be an integer from ${lo} to ${hi} (got ${JSON.stringify(String(raw).slice(0, 40))})`,
    );
  }
  return value;
}

/** A boolean query parameter (true/false), or undefined when absent. */
export function boolParameter(query: Record<string, unknown>, name: string): boolean | undefined {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw new BadUserInputError(name, `${name} must be true or false (got ${JSON.stringify(String(raw).slice(0, 40))})`);
}

/** Sends the error as JSON: user errors 400, busy 503 with Retry-After, anything else 500 (logged, not shown). */
export function sendError(reply: FastifyReply, log: Logger, err: unknown): FastifyReply {
  if (err instanceof GraphQLError) {
    const code = String(err.extensions.code ?? 'BAD_REQUEST');
    if (code === 'SERVER_BUSY') {
      const retry = Number(err.extensions.retryAfterSeconds ?? 1);
      return reply
        .code(503)
        .header('retry-after', String(retry))
        .header('cache-control', 'no-store')
        .send({ code, description: err.message });
    }
    if (code === 'NOT_FOUND')
      return reply.code(404).header('cache-control', 'no-store').send({ code, description: err.message });
    if (code === 'BAD_USER_INPUT') {
      const parameter = String(err.extensions.argument ?? '').replace(/^query\./, '');
      return reply
        .code(400)
        .header('cache-control', 'no-store')
        .send({ code, parameter, description: err.message.replace(/^query\./, '') });
    }
  }
  log.error({ err }, 'map route failed');
  return reply.code(500).header('cache-control', 'no-store').send({
    code: 'INTERNAL_SERVER_ERROR',
    description: 'The server could not answer this request; it has been logged.',
  });
}

/** True (and a 304 sent) when the client's If-None-Match already names this ETag. */
export function notModified(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  if (!clientHasCurrent(request.headers['if-none-match'], etag)) return false;
  reply.code(304).header('etag', etag).send();
  return true;
}
