/**
 * Our GraphQL errors, each with a fixed `extensions.code`. Anything else that reaches the
 * server's formatError (server/format-error.ts) is masked as an internal error with an id.
 */
import { GraphQLError } from 'graphql';

/** A bad argument: names the argument path, what is allowed and what was given. */
export class BadUserInputError extends GraphQLError {
  /** `extra`: more extensions, such as the `limit` passed, or `http` for a request refused before it runs. */
  constructor(argument: string, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', argument, ...extra } });
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

/** A value as a user would write it, shortened for messages. */
export function describeValue(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
