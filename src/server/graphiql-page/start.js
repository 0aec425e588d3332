// Starts GraphiQL with the example queries as tabs, the Explorer plugin (compose a query by
// ticking fields) and the map pane, which draws the GeoJSON of each result beside it.
// React, ReactDOM, GraphiQL and the Explorer are the npm packages' browser builds, loaded by
// the page before this module; MapLibre is loaded by the map pane when it is first needed.
import { MapPane } from './map-pane.js';

/* global React, ReactDOM, GraphiQL, GraphiQLPluginExplorer */
const root = document.getElementById('graphiql');
const tabs = JSON.parse(document.getElementById('graphiql-tabs').textContent);
const pane = new MapPane(document.getElementById('map-pane'));

// One JSON answer per request: this server has no incremental delivery (@defer, @stream), so
// GraphiQL's multipart fetcher would only wrap each answer in an async iterator.
const http = GraphiQL.createFetcher({ url: root.dataset.endpoint, enableIncrementalDelivery: false });
/**
 * The request with an operation name its document has. GraphiQL takes in a tab switch or an edit
 * a moment later than the editor shows it, so a run at once can send the previous tab's
 * operation name with the new document ("Unknown operation named …"); a document of one
 * operation is run by that operation's name.
 */
function withOwnOperation(params) {
  if (!params.operationName || params.operationName === 'IntrospectionQuery') return params;
  let operations;
  try {
    operations = GraphiQL.GraphQL.parse(params.query).definitions.filter((d) => d.kind === 'OperationDefinition');
  } catch {
    return params; // not valid GraphQL: the server says why
  }
  if (operations.some((o) => o.name?.value === params.operationName) || operations.length !== 1) return params;
  return { ...params, operationName: operations[0].name?.value };
}

/** GraphiQL's own fetcher, with each query's result shown on the map pane as well. */
const fetcher = async (params, options) => {
  const result = await http(withOwnOperation(params), options);
  const plain = result && typeof result === 'object' && !(Symbol.asyncIterator in result);
  if (plain && params.operationName !== 'IntrospectionQuery')
    pane.show(result.data).catch((err) => console.error('the map pane could not draw the result', err));
  return result;
};

const explorer = GraphiQLPluginExplorer.explorerPlugin({ showAttribution: false });
ReactDOM.createRoot(root).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultTabs: tabs,
    defaultEditorToolsVisibility: true,
    plugins: [explorer],
    visiblePlugin: explorer,
  }),
);
