/**
 * The per-request context as the server makes it: the base RequestContext (common/context.ts)
 * over the server's database, logger and process-wide caches, for the data version the request
 * answers for. Domains declare their own loaders; nothing here lists them.
 */
import { createRequestContext, NO_SHARED_CACHES, type RequestContext, type SharedCaches } from '../common';
import type { Db } from '../db';
import type { Logger } from '../logger';

export function createContext(
  db: Db,
  log: Logger,
  requestId?: string,
  caches: SharedCaches = NO_SHARED_CACHES,
  dataVersion = 0,
): RequestContext {
  return createRequestContext({ db, log, requestId, caches, dataVersion });
}
