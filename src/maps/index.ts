/** Maps and GIS tools in their own protocols: vector tiles with TileJSON, OGC API – Features, the map page. */
import type { FastifyInstance } from 'fastify';
import type { MapRouteOptions } from './http';
import { mountMapPage } from './map.routes';
import { mountOgc } from './ogc.routes';
import { mountTiles } from './tiles.routes';

export type { MapRouteOptions } from './http';
export { MVT_TYPE } from './tiles.routes';
export { vectorTile, simplifyMetresFor, TILE_LAYER, TILE_PROPERTIES, MAX_ZOOM } from './tiles.queries';
export { CRS84, EPSG_27700 } from './ogc.constants';
export { createMapLoaders } from './maps.loaders';

export function mountMaps(app: FastifyInstance, o: MapRouteOptions & { tileCacheBytes: number }): void {
  mountTiles(app, o);
  mountOgc(app, o);
  mountMapPage(app);
}
