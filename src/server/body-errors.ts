/**
 * The last handlers: a request body that is not JSON, too large or otherwise unreadable gets a
 * GraphQL-shaped 400/413 naming the problem; anything else unhandled a masked 500 with an id;
 * an unknown path a 404 pointing at /graphql.
 */
import { randomUUID } from 'node:crypto';
import type { Express, NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger';

function graphqlErrorBody(message: string, code: string): { errors: { message: string; extensions: { code: string } }[] } {
  return { errors: [{ message, extensions: { code } }] };
}

export function mountBodyErrors(app: Express, log: Logger, bodyLimitBytes: number): void {
  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (err.type === 'entity.too.large') {
      res.status(413).json(graphqlErrorBody(`Request body is larger than the limit of ${bodyLimitBytes} bytes (BODY_LIMIT_BYTES)`, 'BAD_REQUEST'));
      return;
    }
    if (err.status && err.status >= 400 && err.status < 500) {
      res.status(400).json(graphqlErrorBody(`Request body is not valid JSON: ${err.type ?? 'unreadable'}`, 'BAD_REQUEST'));
      return;
    }
    const id = randomUUID();
    log.error({ errorId: id, err }, 'unhandled HTTP error');
    res.status(500).json(graphqlErrorBody(`Internal error (id ${id})`, 'INTERNAL_SERVER_ERROR'));
  });

  app.use((_req, res) => {
    res.status(404).json({ error: 'not found; the API is at /graphql' });
  });
}
