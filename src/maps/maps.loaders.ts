/** Per-request loaders of the map protocols: what only an import changes comes from the reference cache. */
import { once, type ReferenceCache } from '../common';
import type { Db } from '../db';
import { districtsExtent } from './tiles.queries';

export function createMapLoaders(db: Db, reference: Pick<ReferenceCache, 'get'>) {
  return {
    /** The districts' extent in WGS84 (TileJSON bounds, the OGC collection's extent): one statement per data version. */
    extent: once(() => reference.get('districtsExtent', () => districtsExtent(db))),
  };
}
