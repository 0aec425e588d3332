/**
 * The configuration tests run servers with: config.ts's defaults (parsed from an environment,
 * as the server's are) with the process-wide caches off, so each request is worked out and its
 * statements can be counted, and GraphiQL off; then the test's own settings.
 */
import { defaultConfig, type Config } from '../../src/config';

const BASE = defaultConfig({
  REFERENCE_CACHE_MS: '0',
  RESPONSE_CACHE_BYTES: '0',
  GEOMETRY_CACHE_BYTES: '0',
  GRAPHIQL: 'false',
  SHUTDOWN_GRACE_MS: '1000',
});

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...BASE, ...overrides };
}

/** The default limits with some changed. */
export const testLimits = (overrides: Partial<Config['limits']> = {}): Config['limits'] => ({
  ...BASE.limits,
  ...overrides,
});
