/**
 * GraphQL over HTTP's two response media types, and the status code each gives a GraphQL request
 * error (https://graphql.github.io/graphql-over-http/draft/).
 *
 * - `application/graphql-response+json`: a request that fails before execution (its document does
 *   not parse or validate, its variables do not coerce, it is refused by a limit) is a 4xx.
 * - `application/json`, the legacy type: every well-formed request gets 200, errors or not, since
 *   intermediaries cannot tell a GraphQL error body from a server's own 4xx page.
 *
 * The client's Accept header chooses. Without one, or when it accepts any type, the server may
 * choose, and since the spec's watershed (1 January 2025) it is `application/graphql-response+json`. Apollo Server
 * still picks `application/json` then, so the handler asks Apollo for the type chosen here.
 */
import Negotiator from 'negotiator';

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
export const LEGACY_JSON = 'application/json';
export type GraphqlMediaType = typeof GRAPHQL_RESPONSE_JSON | typeof LEGACY_JSON;

/** The media type a response to this Accept header is sent as, or null when neither is acceptable. */
export function responseMediaType(accept: string | undefined): GraphqlMediaType | null {
  const chosen = new Negotiator({ headers: { accept: accept?.trim() ? accept : '*/*' } }).mediaType([
    LEGACY_JSON,
    GRAPHQL_RESPONSE_JSON,
  ]);
  return (chosen as GraphqlMediaType | undefined) ?? null;
}

/**
 * Codes of errors that stop a well-formed request before or instead of its execution: a document
 * that does not parse or validate, variables or arguments refused, a cost over the limit.
 * `BAD_REQUEST` (no query, a body that is not JSON, a mutation over GET) is not among them: such a
 * request is not well-formed, and gets 4xx under either type.
 */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'QUERY_TOO_COSTLY',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * The status a response is sent with under `type`: Apollo's 400 for a GraphQL request error
 * becomes 200 under `application/json`; anything else is kept.
 */
export function statusFor(type: GraphqlMediaType | null, status: number, body: string): number {
  if (type !== LEGACY_JSON || status !== 400) return status;
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    const errors = parsed.errors;
    if (!Array.isArray(errors) || errors.length === 0) return status;
    return errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code))) ? 200 : status;
  } catch {
    return status;
  }
}
