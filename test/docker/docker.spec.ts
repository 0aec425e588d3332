/**
 * docker/: no Docker engine runs on our machines, so these check what can be checked without one:
 * the compose file parses and points at a real build context and Dockerfile, every file the
 * Dockerfile copies exists, and it installs and builds with the same commands as CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/paths';

const dockerDir = path.join(ROOT, 'docker');
const compose = parse(readFileSync(path.join(dockerDir, 'compose.yml'), 'utf8')) as {
  services: Record<
    string,
    {
      image?: string;
      build?: { context: string; dockerfile: string };
      depends_on?: Record<string, { condition: string }>;
      healthcheck?: unknown;
      environment?: Record<string, string>;
    }
  >;
};
const dockerfile = readFileSync(path.join(dockerDir, 'Dockerfile'), 'utf8');

describe('docker compose file', () => {
  it('runs the API against the official PostGIS image, after the database is healthy', () => {
    expect(compose.services.db?.image).toMatch(/^postgis\/postgis:/);
    expect(compose.services.db?.healthcheck).toBeDefined();
    expect(compose.services.api?.depends_on?.db?.condition).toBe('service_healthy');
    expect(compose.services.api?.healthcheck).toBeDefined();
    expect(compose.services.api?.environment?.DATABASE_URL).toMatch(/^postgres:\/\/.+@db:5432\//);
  });

  it('names a build context that exists and holds the Dockerfile', () => {
    const build = compose.services.api!.build!;
    const context = path.resolve(dockerDir, build.context);
    expect(context).toBe(ROOT);
    expect(existsSync(path.join(context, build.dockerfile))).toBe(true);
  });
});

describe('Dockerfile', () => {
  it('copies only files that exist in the build context', () => {
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1]!.split(/\s+/));
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources)
      expect({ source, exists: existsSync(path.join(ROOT, source)) }).toEqual({ source, exists: true });
  });

  it('installs and builds with the commands CI runs, and runs unprivileged', () => {
    const ci = readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    for (const command of ['npm ci', 'npm run build']) {
      expect(dockerfile).toContain(command);
      expect(ci).toContain(command);
    }
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toContain('CMD ["node", "dist/main.js"]');
  });

  it('installs before the sources are there without running the prepare step that needs them', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.prepare).toMatch(/src\/launch\.mjs/);
    const install = dockerfile.indexOf('RUN npm ci');
    expect(install).toBeLessThan(dockerfile.indexOf('COPY src'));
    expect(dockerfile.slice(install).split('\n')[0]).toContain('--ignore-scripts');
  });

  it('runs the server with the same malloc setting as npm start', () => {
    const tunable = /glibc\.malloc\.mmap_threshold=\d+/;
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'));
    expect(runtime.match(tunable)?.[0]).toBe(pkg.scripts.start?.match(tunable)?.[0]);
  });
});
