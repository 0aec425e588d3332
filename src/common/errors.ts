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

/**
 * A request ran past its time budget (REQUEST_BUDGET_MS + REQUEST_BUDGET_MS_PER_COST × its cost)
 * and the statement it still needed was not started: the embedded database cannot interrupt a
 * statement, so this bounds a request's work at the next one. The fields answered before stay.
 */
export class TimeBudgetError extends GraphQLError {
  constructor(budgetMs: number, cost: number) {
    super(
      `The request ran past its time budget of ${Math.round(budgetMs)} ms (REQUEST_BUDGET_MS + REQUEST_BUDGET_MS_PER_COST × its cost of ${cost}); ask for less (first, simplifyMetres, fewer nested lists) or retry later`,
      { extensions: { code: 'TIME_BUDGET_EXCEEDED', limit: Math.round(budgetMs) } },
    );
    this.name = 'TimeBudgetError';
  }
}

/** A value as a user would write it, shortened for messages. */
export function describeValue(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export { isConnectionFailure } from '../db';
