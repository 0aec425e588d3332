/** Configuration comes from environment variables, validated once with every problem listed. */
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';
import { ROOT } from './support/paths';

describe('configuration', () => {
  it('runs with no configuration: port 4000, embedded database under .data/', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: null, loadSeedOnStart: true, graphiql: true });
    expect(config.pgliteDataDir).toBe(path.join(ROOT, '.data', 'pglite'));
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('lists every bad variable with the form expected', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', GRAPHIQL: 'maybe' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.find((p) => p.startsWith('PORT:'))).toMatch(/got "eighty"/);
    expect(problems.find((p) => p.startsWith('DATABASE_URL:'))).toMatch(
      /must be a postgres:\/\/ or postgresql:\/\/ URL/,
    );
    expect(problems.find((p) => p.startsWith('GRAPHIQL:'))).toMatch(/got "maybe"/);
  });

  it('takes a Redis URL for the shared cache, and refuses anything else', () => {
    expect(loadConfig({}).sharedCache).toBeNull();
    expect(loadConfig({ CACHE_URL: 'redis://127.0.0.1:6379/0', SHARED_CACHE_TTL_S: '60' }).sharedCache).toEqual({
      url: 'redis://127.0.0.1:6379/0',
      ttlSeconds: 60,
      maxEntryBytes: 1048576,
    });
    expect(() => loadConfig({ CACHE_URL: 'http://cache:6379' })).toThrow(
      /CACHE_URL: must be a redis:\/\/ or rediss:\/\/ URL/,
    );
    expect(() => loadConfig({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT/);
  });

  it('takes read replicas beside a primary, and not without one', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://p/atlas',
      DATABASE_READ_URLS: 'postgres://r1:5433/atlas, postgres://r2:5434/atlas',
    });
    expect(config.databaseReadUrls).toEqual(['postgres://r1:5433/atlas', 'postgres://r2:5434/atlas']);
    expect(loadConfig({}).databaseReadUrls).toEqual([]);
    expect(() => loadConfig({ DATABASE_READ_URLS: 'postgres://r1/atlas' })).toThrow(
      /DATABASE_READ_URLS: needs DATABASE_URL/,
    );
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgres://p/atlas', DATABASE_READ_URLS: 'postgres://r1/atlas,mysql://r2' }),
    ).toThrow(/DATABASE_READ_URLS: must be a comma-separated list of postgres:\/\/ URLs/);
  });

  it('uses a real server when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://atlas@localhost/atlas' }).databaseUrl).toBe(
      'postgres://atlas@localhost/atlas',
    );
  });
});
