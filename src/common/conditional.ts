/**
 * Conditional requests (RFC 9110 §13.1.2): does the client's If-None-Match name the response's
 * current ETag, so a 304 Not Modified answers it? One rule for every cacheable route (GraphQL,
 * tiles, OGC API). Weak comparison, as the RFC asks for If-None-Match: W/"x" matches "x".
 */
const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');

export function clientHasCurrent(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const given = Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch;
  if (given.trim() === '*') return true;
  const current = opaque(etag);
  return given.split(',').some((tag) => opaque(tag) === current);
}
