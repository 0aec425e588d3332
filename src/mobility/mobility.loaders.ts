/** Per-request loaders for editions and scores. */
import type { Db } from '../db';
import { once, oneToMany, oneToOne, type ReferenceCache } from '../common';
import { allEditions } from './edition.queries';
import { indicatorValuesOf, lifeStageScoresOf, scoresOf, type ScoreKey } from './mobility.queries';

const scoreKey = (k: ScoreKey): string => `${k.edition}:${k.code}`;

export function createMobilityLoaders(db: Db, cache: Pick<ReferenceCache, 'get'>) {
  return {
    editions: once(() => cache.get('editions', () => allEditions(db))),
    score: oneToOne((keys: readonly ScoreKey[]) => scoresOf(db, keys), scoreKey, scoreKey),
    lifeStages: oneToMany((keys: readonly ScoreKey[]) => lifeStageScoresOf(db, keys), scoreKey, scoreKey),
    indicators: oneToMany((keys: readonly ScoreKey[]) => indicatorValuesOf(db, keys), scoreKey, scoreKey),
  };
}
