/** Structured JSON logging (pino) to stdout; modules take a child logger with `{ module }`. */
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'mobility-atlas' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['databaseUrl', 'req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
  });
}
