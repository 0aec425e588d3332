/**
 * GraphiQL, served by the app itself from npm packages (graphiql, react, react-dom), so it works
 * with no internet access. Example queries open as tabs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLE_QUERIES } from './examples';

const ASSETS: Record<string, string> = {
  'react.production.min.js': 'react/umd/react.production.min.js',
  'react-dom.production.min.js': 'react-dom/umd/react-dom.production.min.js',
  'graphiql.min.js': 'graphiql/graphiql.min.js',
  'graphiql.min.css': 'graphiql/graphiql.min.css',
};

/** Starts GraphiQL with the example tabs embedded in the page as JSON (no inline script). */
const START_SCRIPT = `
const tabs = JSON.parse(document.getElementById('graphiql-tabs').textContent);
const fetcher = GraphiQL.createFetcher({ url: document.getElementById('graphiql').dataset.endpoint });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: true })
);
`;

function resolveAsset(modulePath: string): string {
  const [pkg, ...rest] = modulePath.split('/');
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), ...rest);
}

/** GraphiQL's files by URL path, read once: the npm assets and the start script. */
export function graphiqlAssets(): Map<string, { body: Buffer | string; type: string }> {
  const assets = new Map<string, { body: Buffer | string; type: string }>();
  for (const [name, modulePath] of Object.entries(ASSETS)) {
    assets.set(`/graphiql/${name}`, {
      body: readFileSync(resolveAsset(modulePath)),
      type: name.endsWith('.css') ? 'text/css; charset=utf-8' : 'application/javascript; charset=utf-8',
    });
  }
  assets.set('/graphiql/start.js', { body: START_SCRIPT, type: 'application/javascript; charset=utf-8' });
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
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql" data-endpoint="${endpoint}">Loading GraphiQL…</div>
  <script type="application/json" id="graphiql-tabs">${escapeForScript(JSON.stringify(tabs))}</script>
  <script src="/graphiql/react.production.min.js"></script>
  <script src="/graphiql/react-dom.production.min.js"></script>
  <script src="/graphiql/graphiql.min.js"></script>
  <script src="/graphiql/start.js"></script>
</body>
</html>`;
}
