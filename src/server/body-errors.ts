/**
 * What the HTTP layer answers itself: a request body that is not JSON, too large or otherwise
 * unreadable gets a GraphQL-shaped 400/413 naming the problem; anything else unhandled a masked
 * 500 with an id; an unknown path a 404 pointing at /graphql.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { Logger } from '../logger';
import type { InputProblem } from './input-limits';
import { GRAPHQL_RESPONSE_JSON, responseMediaType, statusFor } from './media-type';

function graphqlErrorBody(
  message: string,
  code: string,
): { errors: { message: string; extensions: { code: string } }[] } {
  return { errors: [{ message, extensions: { code } }] };
}

/** The code of a request refused by the per-client rate limit (RATE_LIMIT_PER_MINUTE; @fastify/rate-limit). */
export const RATE_LIMITED = 'ATLAS_RATE_LIMITED';

/** The code of a body refused by an input bound before it was parsed (the error carries the problem). */
export const INPUT_LIMIT = 'ATLAS_INPUT_LIMIT';

export function mountBodyErrors(
  app: FastifyInstance,
  log: Logger,
  bodyLimitBytes: number,
  onRejected?: (code: string) => void,
): void {
  app.setErrorHandler((err: FastifyError & { problem?: InputProblem; retryAfterSeconds?: number }, req, reply) => {
    // GraphQL-shaped answers go as the media type the client accepts (media-type.ts).
    const type = responseMediaType(req.headers.accept);
    reply.type(`${type ?? GRAPHQL_RESPONSE_JSON}; charset=utf-8`).header('vary', 'Accept');
    if (err.code === RATE_LIMITED) {
      // Retry-After and the X-RateLimit headers are already on the reply.
      onRejected?.('RATE_LIMITED');
      return reply
        .code(err.statusCode ?? 429)
        .header('cache-control', 'no-store')
        .send({
          errors: [
            { message: err.message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: err.retryAfterSeconds } },
          ],
        });
    }
    if (err.code === INPUT_LIMIT && err.problem) {
      onRejected?.('BAD_USER_INPUT');
      const { argument, limit, message } = err.problem;
      // A well-formed request refused by a bound: a GraphQL request error, 200 under application/json.
      const body = JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', argument, limit } }] });
      return reply
        .code(statusFor(type, 400, body))
        .header('cache-control', 'no-store')
        .send(body);
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply
        .code(413)
        .send(
          graphqlErrorBody(
            `Request body is larger than the limit of ${bodyLimitBytes} bytes (BODY_LIMIT_BYTES)`,
            'BAD_REQUEST',
          ),
        );
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply
        .code(400)
        .send(
          graphqlErrorBody(
            'Request body must be JSON (content-type: application/json), or use GET with ?query=',
            'BAD_REQUEST',
          ),
        );
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // JSON.parse's own words ("Unexpected end of JSON input") say what is wrong with the body.
      const reason = err instanceof SyntaxError ? err.message : 'unreadable';
      return reply.code(400).send(graphqlErrorBody(`Request body is not valid JSON: ${reason}`, 'BAD_REQUEST'));
    }
    const id = randomUUID();
    log.error({ errorId: id, err }, 'unhandled HTTP error');
    return reply.code(500).send(graphqlErrorBody(`Internal error (id ${id})`, 'INTERNAL_SERVER_ERROR'));
  });

  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: 'not found; the API is at /graphql' }));
}
