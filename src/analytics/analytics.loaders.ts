/** Per-request loaders for the analytics inputs (each fetched at most once per request). */
import type { Db } from '../db';
import { once, perArgs } from '../common';
import { adjacencyLinks, districtFeatures, editionScores } from './analytics.queries';

export function createAnalyticsLoaders(db: Db) {
  return {
    features: once(() => districtFeatures(db)),
    scores: perArgs((edition: number) => once(() => editionScores(db, edition))),
    links: perArgs((maxGapKm: number) => once(() => adjacencyLinks(db, maxGapKm))),
  };
}
