// The map page: MapLibre GL JS (bundled from npm, served by this server) drawing the API's vector
// tiles, coloured by band or quintile, with an edition switch and filters. A click asks GraphQL,
// in one query, for the district's standing, its neighbours and its nearest hotspot, and
// highlights the neighbours. A layer switch shows instead the areas people name today (counties,
// councils), coloured by the share of their people living in a coldspot district (derived from
// the districts' figures), and a click shows an area's summary and districts. Two line layers
// come from the OGC API's collections: the neighbours (shared borders, water links dashed) and
// each district's line to its nearest hotspot. No base map and
// nothing from the internet: the sea is the background, England is drawn from our own boundaries.
import * as maplibregl from '/map/maplibre/maplibre-gl.mjs';

const BAND_COLOURS = { HOTSPOT: '#1a9850', NEITHER: '#f4f1d0', COLDSPOT: '#d73027' };
const QUINTILE_COLOURS = ['#1a9850', '#91cf60', '#f4f1d0', '#fc8d59', '#d73027'];
const UNRANKED = '#bdbdbd';
// Share of an area's people living in coldspot districts: none, up to a quarter, … , over three quarters.
const SHARE_STEPS = [
  [0, '#1a9850', 'none'],
  [0.000001, '#d9ef8b', 'up to 25%'],
  [0.25, '#fee08b', '25–50%'],
  [0.5, '#fc8d59', '50–75%'],
  [0.75, '#d73027', 'over 75%'],
];
const NEWEST_YEAR = 2025;
const BORDER_COLOUR = '#6a3d9a';
const HOTSPOT_LINE_COLOUR = '#ff7f00';
const SEA = '#a9cfe8';

const $ = (id) => document.getElementById(id);

function fillColour(by) {
  if (by === 'quintile')
    return [
      'match',
      ['get', 'quintile'],
      1,
      QUINTILE_COLOURS[0],
      2,
      QUINTILE_COLOURS[1],
      3,
      QUINTILE_COLOURS[2],
      4,
      QUINTILE_COLOURS[3],
      5,
      QUINTILE_COLOURS[4],
      UNRANKED,
    ];
  return [
    'match',
    ['get', 'band'],
    'HOTSPOT',
    BAND_COLOURS.HOTSPOT,
    'COLDSPOT',
    BAND_COLOURS.COLDSPOT,
    'NEITHER',
    BAND_COLOURS.NEITHER,
    UNRANKED,
  ];
}

function shareColour() {
  return [
    'step',
    ['get', 'coldspotShare'],
    ...SHARE_STEPS.flatMap(([from, colour], i) => (i === 0 ? [colour] : [from, colour])),
  ];
}

function legend(by) {
  const items =
    by === 'share'
      ? SHARE_STEPS.map(([, c, label]) => [c, `people in coldspots: ${label}`])
      : by === 'quintile'
        ? QUINTILE_COLOURS.map((c, i) => [
            c,
            `quintile ${i + 1}${i === 0 ? ' (hotspots)' : i === 4 ? ' (coldspots)' : ''}`,
          ])
        : Object.entries(BAND_COLOURS).map(([b, c]) => [c, b.toLowerCase()]);
  $('legend').replaceChildren(
    ...items.map(([colour, label]) =>
      Object.assign(document.createElement('li'), { textContent: label, style: `--swatch:${colour}` }),
    ),
  );
}

function shownFilter() {
  const conditions = ['rural', 'coastal', 'industrial']
    .filter((k) => $(k).checked)
    .map((k) => ['==', ['get', k], true]);
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
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

const AREAS_QUERY = `query Areas($kind: AreaKind!, $asOf: Int!, $edition: Int) {
  areas(kind: $kind, asOf: $asOf, first: 500) {
    nodes { code name summary(edition: $edition) { population populationInColdspots } boundary(simplifyMetres: 300, precision: 4) }
  }
}`;

const AREA_QUERY = `query Area($code: ID!, $edition: Int) {
  area(code: $code) {
    code name kind validFrom
    summary(edition: $edition) { districtCount rankedCount hotspotCount coldspotCount population populationInColdspots populationWeightedScore }
    districts { name mobility(edition: $edition) { rank band } }
  }
}`;

/** Every feature of an OGC API collection's items, page by page (its next links). */
async function allItems(url) {
  const features = [];
  for (let next = url; next;) {
    const response = await fetch(next, { headers: { accept: 'application/geo+json' } });
    if (!response.ok) throw new Error(`${response.status} from ${next}`);
    const page = await response.json();
    features.push(...page.features);
    next = page.links.find((l) => l.rel === 'next')?.href;
  }
  return { type: 'FeatureCollection', features };
}

/** The line layers: their OGC API collection and how they are drawn. */
const LINE_LAYERS = {
  'neighbour-lines': {
    url: () => '/ogc/collections/neighbours/items?limit=500',
    paint: {
      'line-color': BORDER_COLOUR,
      'line-width': ['case', ['==', ['get', 'kind'], 'LAND_BORDER'], 1.5, 2],
    },
    // Water links dashed (a layer of their own: line-dasharray takes no expression per feature).
    split: true,
  },
  'hotspot-lines': {
    // The hotspots are the edition's: drawn again when the edition changes.
    url: (edition) => `/ogc/collections/nearest-hotspots/items?limit=500&edition=${edition}`,
    perEdition: true,
    paint: { 'line-color': HOTSPOT_LINE_COLOUR, 'line-width': 1.2 },
  },
};

/** The areas of a kind in force today as a FeatureCollection, each with the share of its people in coldspots. */
async function areaFeatures(kind, edition) {
  const { areas } = await graphql(AREAS_QUERY, { kind, asOf: NEWEST_YEAR, edition });
  return {
    type: 'FeatureCollection',
    features: areas.nodes.map((a) => ({
      type: 'Feature',
      id: a.code,
      geometry: a.boundary,
      properties: {
        code: a.code,
        name: a.name,
        coldspotShare: a.summary.population ? a.summary.populationInColdspots / a.summary.population : 0,
      },
    })),
  };
}

function showArea(a) {
  const section = $('district');
  const row = (term, value) => [
    Object.assign(document.createElement('dt'), { textContent: term }),
    Object.assign(document.createElement('dd'), { textContent: value }),
  ];
  const s = a.summary;
  const list = document.createElement('dl');
  list.append(
    ...row('Kind', a.kind.toLowerCase().replace('_', ' ')),
    ...row('Districts of 2016', `${s.districtCount} (${s.rankedCount} ranked)`),
    ...row('Hotspots', String(s.hotspotCount)),
    ...row('Coldspots', String(s.coldspotCount)),
    ...row(
      'People in coldspots',
      `${s.populationInColdspots.toLocaleString('en-GB')} of ${s.population.toLocaleString('en-GB')}`,
    ),
    ...row(
      'Population-weighted score',
      s.populationWeightedScore === null ? '–' : s.populationWeightedScore.toFixed(1),
    ),
    ...row(
      'Districts',
      a.districts.map((d) => `${d.name} (${d.mobility ? d.mobility.rank : 'not ranked'})`).join(', '),
    ),
  );
  const title = Object.assign(document.createElement('h2'), { textContent: a.name });
  title.dataset.code = a.code;
  const note = Object.assign(document.createElement('p'), {
    textContent:
      "Figures derived from the districts' published ranks and mid-2016 populations; not published by the Commission.",
  });
  section.replaceChildren(title, list, note);
}

function showDistrict(a) {
  const section = $('district');
  const row = (term, value) => [
    Object.assign(document.createElement('dt'), { textContent: term }),
    Object.assign(document.createElement('dd'), { textContent: value }),
  ];
  const m = a.mobility;
  const byKind = (kind) =>
    a.neighbours
      .filter((n) => n.kind === kind)
      .map((n) => n.authority.name)
      .join(', ') || 'none';
  const list = document.createElement('dl');
  list.append(
    ...row('Region', a.region.name),
    ...row('Rank', m ? String(m.rank) : 'not ranked'),
    ...row('Score', m ? m.score.toFixed(3) : '–'),
    ...row('Band', m ? m.band : '–'),
    ...row('Land neighbours', byKind('LAND_BORDER')),
    ...row('Across water', byKind('ACROSS_WATER')),
    ...row(
      'Nearest hotspot',
      a.nearestHotspot ? `${a.nearestHotspot.authority.name} (${a.nearestHotspot.distanceKm.toFixed(1)} km)` : 'none',
    ),
  );
  const title = Object.assign(document.createElement('h2'), { textContent: a.name });
  title.dataset.code = a.code;
  section.replaceChildren(title, list);
}

async function main() {
  const tilejson = await (await fetch('/tiles.json')).json();
  const select = $('edition');
  select.replaceChildren(
    ...tilejson.editions.map((e) =>
      Object.assign(document.createElement('option'), { value: String(e), textContent: String(e) }),
    ),
  );
  const tilesFor = (edition) => [`${location.origin}/tiles/{z}/{x}/{y}.mvt?edition=${edition}`];
  const map = new maplibregl.Map({
    container: 'map',
    bounds: [
      [tilejson.bounds[0], tilejson.bounds[1]],
      [tilejson.bounds[2], tilejson.bounds[3]],
    ],
    fitBoundsOptions: { padding: 20 },
    attributionControl: { customAttribution: tilejson.attribution },
    style: {
      version: 8,
      sources: {
        districts: {
          type: 'vector',
          tiles: tilesFor(select.value),
          minzoom: tilejson.minzoom,
          maxzoom: tilejson.maxzoom,
          bounds: tilejson.bounds,
        },
      },
      layers: [
        { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
        {
          id: 'england',
          type: 'fill',
          source: 'districts',
          'source-layer': 'authorities',
          paint: { 'fill-color': '#e6e6e6' },
        },
        {
          id: 'districts',
          type: 'fill',
          source: 'districts',
          'source-layer': 'authorities',
          filter: shownFilter(),
          paint: { 'fill-color': fillColour('band') },
        },
        {
          id: 'outlines',
          type: 'line',
          source: 'districts',
          'source-layer': 'authorities',
          paint: { 'line-color': '#ffffff', 'line-width': 0.5 },
        },
        {
          id: 'neighbours',
          type: 'line',
          source: 'districts',
          'source-layer': 'authorities',
          filter: ['in', ['get', 'code'], ['literal', []]],
          paint: { 'line-color': '#2b59c3', 'line-width': 2.5 },
        },
        {
          id: 'selected',
          type: 'line',
          source: 'districts',
          'source-layer': 'authorities',
          filter: ['==', ['get', 'code'], ''],
          paint: { 'line-color': '#111111', 'line-width': 3 },
        },
      ],
    },
  });
  const DISTRICT_LAYERS = ['districts', 'outlines', 'neighbours', 'selected'];
  let areasShown = null; // the kind of area shown, or null for the districts
  const showLayer = async (choice) => {
    const edition = Number(select.value);
    if (choice === 'districts') {
      areasShown = null;
      for (const id of DISTRICT_LAYERS) map.setLayoutProperty(id, 'visibility', 'visible');
      for (const id of ['area-fill', 'area-outline', 'area-selected'])
        if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', 'none');
      legend($('colour').value);
      return;
    }
    const data = await areaFeatures(choice, edition);
    if (map.getSource('areas')) map.getSource('areas').setData(data);
    else {
      map.addSource('areas', { type: 'geojson', data });
      map.addLayer({ id: 'area-fill', type: 'fill', source: 'areas', paint: { 'fill-color': shareColour() } });
      map.addLayer({
        id: 'area-outline',
        type: 'line',
        source: 'areas',
        paint: { 'line-color': '#ffffff', 'line-width': 0.8 },
      });
      map.addLayer({
        id: 'area-selected',
        type: 'line',
        source: 'areas',
        filter: ['==', ['get', 'code'], ''],
        paint: { 'line-color': '#111111', 'line-width': 3 },
      });
    }
    areasShown = choice;
    for (const id of DISTRICT_LAYERS) map.setLayoutProperty(id, 'visibility', 'none');
    for (const id of ['area-fill', 'area-outline', 'area-selected']) map.setLayoutProperty(id, 'visibility', 'visible');
    legend('share');
    document.body.removeAttribute('data-areas-drawn');
    map.once('idle', () => document.body.setAttribute('data-areas-drawn', choice));
    map.triggerRepaint();
  };
  $('layer').addEventListener('change', (e) => {
    showLayer(e.target.value).catch((err) => ($('district').textContent = `Could not show the areas: ${err.message}`));
  });
  for (const [id, layer] of Object.entries(LINE_LAYERS)) {
    $(id).addEventListener('change', async (e) => {
      document.body.removeAttribute('data-lines-drawn');
      const ids = layer.split ? [id, `${id}-water`] : [id];
      if (!map.getSource(id)) {
        try {
          map.addSource(id, { type: 'geojson', data: await allItems(layer.url(select.value)) });
        } catch (err) {
          $('district').textContent = `Could not load the lines: ${err.message}`;
          return;
        }
        const land = layer.split ? ['==', ['get', 'kind'], 'LAND_BORDER'] : ['has', 'code'];
        map.addLayer({ id, type: 'line', source: id, filter: land, paint: layer.paint });
        if (layer.split)
          map.addLayer({
            id: `${id}-water`,
            type: 'line',
            source: id,
            filter: ['==', ['get', 'kind'], 'ACROSS_WATER'],
            paint: { ...layer.paint, 'line-dasharray': [2, 1.5] },
          });
      }
      for (const layerId of ids) map.setLayoutProperty(layerId, 'visibility', e.target.checked ? 'visible' : 'none');
      map.once('idle', () => document.body.setAttribute('data-lines-drawn', e.target.checked ? id : ''));
      map.triggerRepaint();
    });
  }
  window.atlasMap = map; // for the browser test and for people exploring in the console
  legend('band');

  $('colour').addEventListener('change', (e) => {
    map.setPaintProperty('districts', 'fill-color', fillColour(e.target.value));
    if (!areasShown) legend(e.target.value);
  });
  for (const k of ['rural', 'coastal', 'industrial'])
    $(k).addEventListener('change', () => map.setFilter('districts', shownFilter()));
  select.addEventListener('change', () => {
    map.getSource('districts').setTiles(tilesFor(select.value));
    for (const [id, layer] of Object.entries(LINE_LAYERS))
      if (layer.perEdition && map.getSource(id))
        allItems(layer.url(select.value))
          .then((data) => map.getSource(id).setData(data))
          .catch((err) => ($('district').textContent = `Could not load the lines: ${err.message}`));
    if (areasShown) showLayer(areasShown).catch(() => undefined);
  });

  map.on('click', async (e) => {
    if (areasShown) {
      const [area] = map.queryRenderedFeatures(e.point, { layers: ['area-fill'] });
      if (!area) return;
      const code = area.properties.code;
      map.setFilter('area-selected', ['==', ['get', 'code'], code]);
      try {
        showArea((await graphql(AREA_QUERY, { code, edition: Number(select.value) })).area);
      } catch (err) {
        $('district').textContent = `Could not load ${code}: ${err.message}`;
      }
      return;
    }
    const [hit] = map.queryRenderedFeatures(e.point, { layers: ['england'] });
    if (!hit) return;
    const code = hit.properties.code;
    map.setFilter('selected', ['==', ['get', 'code'], code]);
    try {
      const { authority } = await graphql(QUERY, { code, edition: Number(select.value) });
      map.setFilter('neighbours', [
        'in',
        ['get', 'code'],
        ['literal', authority.neighbours.map((n) => n.authority.code)],
      ]);
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
