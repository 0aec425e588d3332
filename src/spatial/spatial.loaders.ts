/** Per-request loaders for spatial questions; one statement per batch of source districts. */
import type { Db } from '../db';
import { oneToMany, oneToOne, perArgs } from '../common';
import { geometryValidity, nearestOf, neighboursOf, type NearestOptions, type NeighbourOptions } from './spatial.queries';

export function createSpatialLoaders(db: Db) {
  return {
    neighbours: perArgs((o: NeighbourOptions) => oneToMany((codes: readonly string[]) => neighboursOf(db, codes, o), (r) => r.source)),
    nearest: perArgs((o: NearestOptions) => oneToMany((codes: readonly string[]) => nearestOf(db, codes, o), (r) => r.source)),
    geometryValidity: oneToOne((texts: readonly string[]) => geometryValidity(db, texts), (r) => r.geojson),
  };
}
