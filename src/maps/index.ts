/** Maps and GIS tools in their own protocols: vector tiles with TileJSON, OGC API – Features, the map page. */
import { defineModule } from '../common';
import { mountMapPage } from './map.routes';

export { MAPLIBRE_CSS_URL, MAPLIBRE_MODULE_URL, withMapLibrePolicy } from './map.routes';
import { mountOgc } from './ogc.routes';
import { mountTiles } from './tiles.routes';

export { MVT_TYPE } from './tiles.routes';
export { vectorTile, simplifyMetresFor, TILE_LAYER, TILE_PROPERTIES, MAX_ZOOM } from './tiles.queries';
export { CRS84, EPSG_27700 } from './ogc.constants';

export const mapsModule = defineModule({
  name: 'maps',
  resolvers: [],
  routes(app, deps) {
    mountTiles(app, deps);
    mountOgc(app, deps);
    mountMapPage(app);
  },
});
