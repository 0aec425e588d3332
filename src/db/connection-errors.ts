/** Whether an error means the database could not be reached, rather than that a statement failed. */

/** Socket errors and PostgreSQL connection/shutdown states (classes 08 and 57P). */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

export function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  return (
    (code !== undefined && CONNECTION_CODES.has(code)) ||
    /Connection terminated|timeout exceeded when trying to connect/i.test(error.message)
  );
}

/** A statement on a Db that has been closed (the embedded driver's; a server's pool says so itself). */
export class DatabaseClosedError extends Error {
  readonly code = 'DB_CLOSED';

  constructor() {
    super('embedded database is closed');
    this.name = 'DatabaseClosedError';
  }
}
