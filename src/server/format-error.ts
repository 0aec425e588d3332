/**
 * formatError: keeps our errors and GraphQL's own request errors; masks everything else as an
 * internal error with an id, logged in full under that id.
 */
import { randomBytes } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  BadUserInputError,
  isConnectionFailure,
  LimitError,
  StatementTimeoutError,
  TimeBudgetError,
  UnavailableError,
} from '../common';
import type { Logger } from '../logger';
import { ServerBusyError } from './admission';

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

/**
 * Keeps our errors and GraphQL's own request errors; masks everything else (SQL, stack traces,
 * driver messages) as "Internal error (id …)" with the id in the log next to the full error.
 */
export function createErrorFormatter(log: Logger, statementTimeoutMs: number) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (
      original instanceof BadUserInputError ||
      original instanceof UnavailableError ||
      original instanceof LimitError ||
      original instanceof ServerBusyError ||
      original instanceof TimeBudgetError
    ) {
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
    const isOwnGraphQLError =
      error instanceof GraphQLError && (!error.originalError || error.originalError instanceof GraphQLError);
    if (typeof code === 'string' && CLIENT_CODES.has(code) && isOwnGraphQLError) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    const id = randomBytes(6).toString('base64url');
    log.error({ errorId: id, err: original, path: formatted.path }, 'internal error');
    return {
      message: `Internal error (id ${id})`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: id },
    };
  };
}
