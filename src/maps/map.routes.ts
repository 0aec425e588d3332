/**
 * GET /map: the map page (src/maps/map-page) with MapLibre GL JS served from its npm package, so
 * it works offline. Everything comes from this server; the page's policy adds only what MapLibre
 * needs beyond the server's: workers and images made from blob: URLs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { projectRoot } from '../config';

const PAGE_DIR = path.join(projectRoot(), 'src', 'maps', 'map-page');
const MAPLIBRE_DIR = path.join(path.dirname(require.resolve('maplibre-gl/package.json')), 'dist');

/** Where MapLibre GL JS is served (the map page and GraphiQL's map pane load it from here). */
export const MAPLIBRE_MODULE_URL = '/map/maplibre/maplibre-gl.mjs';
export const MAPLIBRE_CSS_URL = '/map/maplibre/maplibre-gl.css';

const ASSETS: Array<[url: string, file: string, type: string]> = [
  ['/map/map.js', path.join(PAGE_DIR, 'map.js'), 'text/javascript; charset=utf-8'],
  ['/map/map.css', path.join(PAGE_DIR, 'map.css'), 'text/css; charset=utf-8'],
  [MAPLIBRE_MODULE_URL, path.join(MAPLIBRE_DIR, 'maplibre-gl.mjs'), 'text/javascript; charset=utf-8'],
  [
    '/map/maplibre/maplibre-gl-worker.mjs',
    path.join(MAPLIBRE_DIR, 'maplibre-gl-worker.mjs'),
    'text/javascript; charset=utf-8',
  ],
  [
    '/map/maplibre/maplibre-gl-shared.mjs',
    path.join(MAPLIBRE_DIR, 'maplibre-gl-shared.mjs'),
    'text/javascript; charset=utf-8',
  ],
  [MAPLIBRE_CSS_URL, path.join(MAPLIBRE_DIR, 'maplibre-gl.css'), 'text/css; charset=utf-8'],
];

/** A page's content security policy with what MapLibre needs added: workers and images from blob: URLs. */
export function withMapLibrePolicy(serverPolicy: string): string {
  const extra: Record<string, string> = {
    'worker-src': "'self' blob:",
    'img-src': "'self' data: blob:",
    'child-src': "'self' blob:",
  };
  const directives = serverPolicy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !Object.keys(extra).some((k) => d.startsWith(`${k} `)));
  return [...directives, ...Object.entries(extra).map(([k, v]) => `${k} ${v}`)].join(';');
}

export function mountMapPage(app: FastifyInstance): void {
  // Read once at start; a missing file fails the start, not a visitor's request.
  const page = readFileSync(path.join(PAGE_DIR, 'index.html'));
  app.get('/map', async (_request, reply) => {
    const policy = String(reply.getHeader('content-security-policy') ?? "default-src 'self'");
    return reply
      .header('content-security-policy', withMapLibrePolicy(policy))
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(page);
  });
  for (const [url, file, type] of ASSETS) {
    const body = readFileSync(file);
    app.get(url, async (_request, reply) =>
      reply.type(type).header('cache-control', 'public, max-age=3600').send(body),
    );
  }
}
