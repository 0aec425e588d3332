/**
 * Our GraphQL errors, each with a fixed `extensions.code`. Anything else that reaches
 * formatError is masked as an internal error with an id, logged in full under that id.
 */
import { randomBytes } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger';

/** A bad argument: names the argument path, what is allowed and what was given. */
export class BadUserInputError extends GraphQLError {
  constructor(argument: string, message: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
    this.name = 'BadUserInputError';
  }
}

/** The database is unreachable or not yet loaded. */
export class UnavailableError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'SERVICE_UNAVAILABLE' } });
  }
}

/** A request over one of the configured limits (depth, cost, aliases, body size). */
export class LimitError extends GraphQLError {
  constructor(code: string, message: string, limit: number) {
    super(message, { extensions: { code, limit, http: { status: 400 } } });
  }
}

/** A database statement ran past STATEMENT_TIMEOUT_MS (PostgreSQL error 57014). */
export class StatementTimeoutError extends GraphQLError {
  constructor(limitMs: number) {
    super(`A database statement took longer than the limit of ${limitMs} ms (STATEMENT_TIMEOUT_MS); narrow the query`, {
      extensions: { code: 'STATEMENT_TIMEOUT', limit: limitMs },
    });
  }
}

/** Socket errors and PostgreSQL connection/shutdown states (classes 08 and 57P). */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);

export function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  return (code !== undefined && CONNECTION_CODES.has(code)) || /Connection terminated|timeout exceeded when trying to connect/i.test(error.message);
}

/** Codes produced by GraphQL itself or Apollo for a bad request; safe to show as they are. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function describeValue(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Keeps our errors and GraphQL's own request errors; masks everything else (SQL, stack traces,
 * driver messages) as "Internal error (id …)" with the id in the log next to the full error.
 */
export function createErrorFormatter(log: Logger, statementTimeoutMs: number) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof BadUserInputError || original instanceof UnavailableError || original instanceof LimitError) {
      const { http: _http, ...extensions } = original.extensions as Record<string, unknown>;
      void _http;
      return { message: original.message, path: formatted.path, locations: formatted.locations, extensions };
    }
    if (isConnectionFailure(original)) {
      log.warn({ path: formatted.path, err: (original as Error).message }, 'database unavailable');
      const unavailable = new UnavailableError('The database is unavailable; retry shortly (see /readyz)');
      return { message: unavailable.message, path: formatted.path, extensions: unavailable.extensions };
    }
    if ((original as { code?: string } | null)?.code === '57014') {
      const timeout = new StatementTimeoutError(statementTimeoutMs);
      log.warn({ path: formatted.path }, 'statement timeout');
      return { message: timeout.message, path: formatted.path, extensions: timeout.extensions };
    }
    const code = formatted.extensions?.code;
    const isOwnGraphQLError = error instanceof GraphQLError && (!error.originalError || error.originalError instanceof GraphQLError);
    if (typeof code === 'string' && CLIENT_CODES.has(code) && isOwnGraphQLError) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    const id = randomBytes(6).toString('base64url');
    log.error({ errorId: id, err: original, path: formatted.path }, 'internal error');
    return { message: `Internal error (id ${id})`, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: id } };
  };
}
