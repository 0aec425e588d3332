/** Per-request loaders of the map protocols: what only an import changes comes from the reference cache. */
import { defineLoaders, once } from '../common';
import { districtsExtent } from './tiles.queries';

export const MapLoaders = defineLoaders('maps', ({ db, reference }) => ({
  /** The districts' extent in WGS84 (TileJSON bounds, the OGC collection's extent): one statement per data version. */
  extent: once(() => reference.get('districtsExtent', () => districtsExtent(db))),
}));
