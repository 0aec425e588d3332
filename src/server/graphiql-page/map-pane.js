// The map pane beside GraphiQL's result: when a result holds GeoJSON (a boundary, a centroid, a
// featureCollection), it draws it on a small MapLibre map over England's districts (this
// server's own vector tiles; no base map from the internet) and fits the view to it. A click on
// a feature says what it is and where in the result it came from. MapLibre (served by this
// server from its npm package) is loaded the first time there is something to draw.
import { bounds, collectFeatures } from './geojson.js';

const SEA = '#a9cfe8';
const DRAWN = '#2b59c3';
const POINT = '#d73027';

export class MapPane {
  /** @param {HTMLElement} element  the pane: a header, a status line and a map container */
  constructor(element) {
    this.element = element;
    this.status = element.querySelector('.map-status');
    this.container = element.querySelector('.map');
    this.mapLibreUrl = element.dataset.maplibre;
    this.map = null;
    this.ready = null;
    element.querySelector('.map-close').addEventListener('click', () => {
      element.hidden = true;
    });
  }

  /** Shows the GeoJSON in a result's data, or hides the pane when there is none. */
  async show(data) {
    const { collection, projected } = collectFeatures(data);
    const count = collection.features.length;
    // For the browser test: how many features the last result had, and (once on screen) drawn.
    document.body.dataset.resultFeatures = String(count);
    delete document.body.dataset.resultDrawn;
    if (count === 0 && projected === 0) {
      this.element.hidden = true;
      document.body.dataset.resultDrawn = '0';
      return;
    }
    this.element.hidden = false;
    this.status.textContent =
      `${count} ${count === 1 ? 'feature' : 'features'} drawn` +
      (projected ? `; ${projected} in British National Grid not drawn (ask for WGS84 to see them)` : '');
    const box = bounds(collection);
    const view = box && {
      bounds: [
        [box[0], box[1]],
        [box[2], box[3]],
      ],
      options: { padding: 30, maxZoom: 11, duration: 0 },
    };
    const map = await this.open(view);
    map.resize();
    map.getSource('result').setData(collection);
    if (view) map.fitBounds(view.bounds, view.options);
    map.once('idle', () => (document.body.dataset.resultDrawn = String(count)));
    map.triggerRepaint();
  }

  /**
   * The map, made on first use, opening on the first result's `view` (so it never fetches the
   * tiles of a view it leaves at once), or on England when there is none.
   */
  open(view) {
    this.ready ??= import(this.mapLibreUrl).then(
      (maplibregl) =>
        new Promise((resolve) => {
          const map = new maplibregl.Map({
            container: this.container,
            ...(view ? { bounds: view.bounds, fitBoundsOptions: view.options } : { center: [-1.5, 52.8], zoom: 5 }),
            attributionControl: { compact: true },
            style: {
              version: 8,
              sources: {
                districts: { type: 'vector', url: `${location.origin}/tiles.json` },
                result: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
              },
              layers: [
                { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
                {
                  id: 'england',
                  type: 'fill',
                  source: 'districts',
                  'source-layer': 'authorities',
                  paint: { 'fill-color': '#eeeeee' },
                },
                {
                  id: 'district-outlines',
                  type: 'line',
                  source: 'districts',
                  'source-layer': 'authorities',
                  paint: { 'line-color': '#ffffff', 'line-width': 0.5 },
                },
                {
                  id: 'result-fill',
                  type: 'fill',
                  source: 'result',
                  filter: ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false],
                  paint: { 'fill-color': DRAWN, 'fill-opacity': 0.35 },
                },
                {
                  id: 'result-line',
                  type: 'line',
                  source: 'result',
                  filter: ['match', ['geometry-type'], ['Point', 'MultiPoint'], false, true],
                  paint: { 'line-color': DRAWN, 'line-width': 2 },
                },
                {
                  id: 'result-point',
                  type: 'circle',
                  source: 'result',
                  filter: ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false],
                  paint: {
                    'circle-color': POINT,
                    'circle-radius': 5,
                    'circle-stroke-color': '#ffffff',
                    'circle-stroke-width': 1.5,
                  },
                },
              ],
            },
          });
          const layers = ['result-point', 'result-line', 'result-fill'];
          map.on('click', (e) => {
            const [hit] = map.queryRenderedFeatures(e.point, { layers });
            if (!hit) return;
            const body = document.createElement('div');
            const title = Object.assign(document.createElement('strong'), { textContent: hit.properties.label });
            const where = Object.assign(document.createElement('code'), { textContent: hit.properties.path });
            body.append(title, document.createElement('br'), where);
            new maplibregl.Popup({ closeButton: false }).setLngLat(e.lngLat).setDOMContent(body).addTo(map);
          });
          for (const layer of layers) {
            map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
            map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
          }
          window.atlasResultMap = map; // for the browser test and for people exploring in the console
          map.once('load', () => resolve(map));
        }),
    );
    return this.ready;
  }
}
