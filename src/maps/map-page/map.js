// The map page: MapLibre GL JS (bundled from npm, served by this server) drawing the API's vector
// tiles, coloured by band or quintile, with an edition switch and filters. A click asks GraphQL,
// in one query, for the district's standing, its neighbours and its nearest hotspot, and
// highlights the neighbours. No base map and nothing from the internet: the sea is the background,
// England is drawn from our own boundaries.
import * as maplibregl from '/map/maplibre/maplibre-gl.mjs';

const BAND_COLOURS = { HOTSPOT: '#1a9850', NEITHER: '#f4f1d0', COLDSPOT: '#d73027' };
const QUINTILE_COLOURS = ['#1a9850', '#91cf60', '#f4f1d0', '#fc8d59', '#d73027'];
const UNRANKED = '#bdbdbd';
const SEA = '#a9cfe8';

const $ = (id) => document.getElementById(id);

function fillColour(by) {
  if (by === 'quintile') return ['match', ['get', 'quintile'], 1, QUINTILE_COLOURS[0], 2, QUINTILE_COLOURS[1], 3, QUINTILE_COLOURS[2], 4, QUINTILE_COLOURS[3], 5, QUINTILE_COLOURS[4], UNRANKED];
  return ['match', ['get', 'band'], 'HOTSPOT', BAND_COLOURS.HOTSPOT, 'COLDSPOT', BAND_COLOURS.COLDSPOT, 'NEITHER', BAND_COLOURS.NEITHER, UNRANKED];
}

function legend(by) {
  const items = by === 'quintile' ? QUINTILE_COLOURS.map((c, i) => [c, `quintile ${i + 1}${i === 0 ? ' (hotspots)' : i === 4 ? ' (coldspots)' : ''}`]) : Object.entries(BAND_COLOURS).map(([b, c]) => [c, b.toLowerCase()]);
  $('legend').replaceChildren(...items.map(([colour, label]) => Object.assign(document.createElement('li'), { textContent: label, style: `--swatch:${colour}` })));
}

function shownFilter() {
  const conditions = ['rural', 'coastal', 'industrial'].filter((k) => $(k).checked).map((k) => ['==', ['get', k], true]);
  return ['all', ...conditions];
}

const QUERY = `query District($code: ID!, $edition: Int) {
  authority(code: $code) {
    code name region { name }
    mobility(edition: $edition) { rank score band quintile }
    neighbours { kind authority { code name } }
    nearestHotspot(edition: $edition) { distanceKm authority { code name } }
  }
}`;

async function graphql(query, variables) {
  const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

function showDistrict(a) {
  const section = $('district');
  const row = (term, value) => [Object.assign(document.createElement('dt'), { textContent: term }), Object.assign(document.createElement('dd'), { textContent: value })];
  const m = a.mobility;
  const byKind = (kind) => a.neighbours.filter((n) => n.kind === kind).map((n) => n.authority.name).join(', ') || 'none';
  const list = document.createElement('dl');
  list.append(
    ...row('Region', a.region.name),
    ...row('Rank', m ? String(m.rank) : 'not ranked'),
    ...row('Score', m ? m.score.toFixed(3) : '–'),
    ...row('Band', m ? m.band : '–'),
    ...row('Land neighbours', byKind('LAND_BORDER')),
    ...row('Across water', byKind('ACROSS_WATER')),
    ...row('Nearest hotspot', a.nearestHotspot ? `${a.nearestHotspot.authority.name} (${a.nearestHotspot.distanceKm.toFixed(1)} km)` : 'none'),
  );
  const title = Object.assign(document.createElement('h2'), { textContent: a.name });
  title.dataset.code = a.code;
  section.replaceChildren(title, list);
}

async function main() {
  const tilejson = await (await fetch('/tiles.json')).json();
  const select = $('edition');
  select.replaceChildren(...tilejson.editions.map((e) => Object.assign(document.createElement('option'), { value: String(e), textContent: String(e) })));
  const tilesFor = (edition) => [`${location.origin}/tiles/{z}/{x}/{y}.mvt?edition=${edition}`];
  const map = new maplibregl.Map({
    container: 'map',
    bounds: [[tilejson.bounds[0], tilejson.bounds[1]], [tilejson.bounds[2], tilejson.bounds[3]]],
    fitBoundsOptions: { padding: 20 },
    attributionControl: { customAttribution: tilejson.attribution },
    style: {
      version: 8,
      sources: { districts: { type: 'vector', tiles: tilesFor(select.value), minzoom: tilejson.minzoom, maxzoom: tilejson.maxzoom, bounds: tilejson.bounds } },
      layers: [
        { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
        { id: 'england', type: 'fill', source: 'districts', 'source-layer': 'authorities', paint: { 'fill-color': '#e6e6e6' } },
        { id: 'districts', type: 'fill', source: 'districts', 'source-layer': 'authorities', filter: shownFilter(), paint: { 'fill-color': fillColour('band') } },
        { id: 'outlines', type: 'line', source: 'districts', 'source-layer': 'authorities', paint: { 'line-color': '#ffffff', 'line-width': 0.5 } },
        { id: 'neighbours', type: 'line', source: 'districts', 'source-layer': 'authorities', filter: ['in', ['get', 'code'], ['literal', []]], paint: { 'line-color': '#2b59c3', 'line-width': 2.5 } },
        { id: 'selected', type: 'line', source: 'districts', 'source-layer': 'authorities', filter: ['==', ['get', 'code'], ''], paint: { 'line-color': '#111111', 'line-width': 3 } },
      ],
    },
  });
  window.atlasMap = map; // for the browser test and for people exploring in the console
  legend('band');

  $('colour').addEventListener('change', (e) => {
    map.setPaintProperty('districts', 'fill-color', fillColour(e.target.value));
    legend(e.target.value);
  });
  for (const k of ['rural', 'coastal', 'industrial']) $(k).addEventListener('change', () => map.setFilter('districts', shownFilter()));
  select.addEventListener('change', () => map.getSource('districts').setTiles(tilesFor(select.value)));

  map.on('click', async (e) => {
    const [hit] = map.queryRenderedFeatures(e.point, { layers: ['england'] });
    if (!hit) return;
    const code = hit.properties.code;
    map.setFilter('selected', ['==', ['get', 'code'], code]);
    try {
      const { authority } = await graphql(QUERY, { code, edition: Number(select.value) });
      map.setFilter('neighbours', ['in', ['get', 'code'], ['literal', authority.neighbours.map((n) => n.authority.code)]]);
      showDistrict(authority);
      // Say when the outlines just asked for are on screen: the next idle comes after that frame.
      document.body.removeAttribute('data-district-drawn');
      map.once('idle', () => document.body.setAttribute('data-district-drawn', code));
      map.triggerRepaint();
    } catch (err) {
      $('district').textContent = `Could not load ${code}: ${err.message}`;
    }
  });
  map.on('load', () => document.body.setAttribute('data-map', 'loaded'));
  map.on('idle', () => document.body.setAttribute('data-map-idle', String(Date.now())));
}

main().catch((err) => {
  $('district').textContent = `The map could not start: ${err.message}`;
});
