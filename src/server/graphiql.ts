/**
 * GraphiQL, served by the app itself from npm packages (graphiql, its Explorer plugin, react,
 * react-dom; MapLibre from the maps module), so it works with no internet access. Example
 * queries open as tabs; the Explorer composes a query by ticking fields; the map pane
 * (graphiql-page/) draws the GeoJSON of each result.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { MAPLIBRE_CSS_URL, MAPLIBRE_MODULE_URL } from '../maps';
import { EXAMPLE_QUERIES } from './examples';

const JS = 'application/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** The npm packages' browser builds, by the name they are served under. */
const PACKAGE_ASSETS: Record<string, string> = {
  'react.production.min.js': 'react/umd/react.production.min.js',
  'react-dom.production.min.js': 'react-dom/umd/react-dom.production.min.js',
  'graphiql.min.js': 'graphiql/graphiql.min.js',
  'graphiql.min.css': 'graphiql/graphiql.min.css',
  'explorer.umd.js': '@graphiql/plugin-explorer/dist/index.umd.js',
  'explorer.css': '@graphiql/plugin-explorer/dist/style.css',
};

/** The page's own scripts and styles (browser ES modules and CSS, served as written). */
const PAGE_DIR = path.join(projectRoot(), 'src', 'server', 'graphiql-page');
const PAGE_FILES = ['start.js', 'map-pane.js', 'geojson.js', 'graphiql.css'];

function resolveAsset(modulePath: string): string {
  const parts = modulePath.split('/');
  const pkgLength = parts[0]!.startsWith('@') ? 2 : 1;
  const pkg = parts.slice(0, pkgLength).join('/');
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), ...parts.slice(pkgLength));
}

/** GraphiQL's files by URL path, read once (a missing file fails the start, not a request). */
export function graphiqlAssets(): Map<string, { body: Buffer | string; type: string }> {
  const assets = new Map<string, { body: Buffer | string; type: string }>();
  for (const [name, modulePath] of Object.entries(PACKAGE_ASSETS)) {
    assets.set(`/graphiql/${name}`, {
      body: readFileSync(resolveAsset(modulePath)),
      type: name.endsWith('.css') ? CSS : JS,
    });
  }
  for (const name of PAGE_FILES)
    assets.set(`/graphiql/${name}`, {
      body: readFileSync(path.join(PAGE_DIR, name)),
      type: name.endsWith('.css') ? CSS : JS,
    });
  return assets;
}

const escapeForScript = (json: string): string => json.replace(/</g, '\\u003c');

export function graphiqlPage(endpoint: string): string {
  const tabs = EXAMPLE_QUERIES.map((e) => ({
    query: `# ${e.title}\n${e.query}`,
    variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined,
  }));
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Mobility Atlas · GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/graphiql.min.css">
  <link rel="stylesheet" href="/graphiql/explorer.css">
  <link rel="stylesheet" href="${MAPLIBRE_CSS_URL}">
  <link rel="stylesheet" href="/graphiql/graphiql.css">
</head>
<body>
  <div id="graphiql" data-endpoint="${endpoint}">Loading GraphiQL…</div>
  <aside id="map-pane" hidden data-maplibre="${MAPLIBRE_MODULE_URL}" aria-label="Map of the result's GeoJSON">
    <header><h2>Map</h2><span class="map-status"></span><button type="button" class="map-close" title="Hide the map until the next result with GeoJSON">×</button></header>
    <div class="map"></div>
  </aside>
  <script type="application/json" id="graphiql-tabs">${escapeForScript(JSON.stringify(tabs))}</script>
  <script src="/graphiql/react.production.min.js"></script>
  <script src="/graphiql/react-dom.production.min.js"></script>
  <script src="/graphiql/graphiql.min.js"></script>
  <script src="/graphiql/explorer.umd.js"></script>
  <script type="module" src="/graphiql/start.js"></script>
</body>
</html>`;
}
