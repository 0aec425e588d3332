/**
 * Per-request loaders for editions and scores, and the planned form of `mobility(edition)`: the
 * score and rank fetched with the district's own row (authorities/authority.plan.ts).
 */
import type { PlannedField } from '../authorities';
import { argsAreValid, once, oneToMany, oneToOne, type ReferenceCache } from '../common';
import type { Db } from '../db';
import { EditionArgs } from './edition.args';
import { allEditions } from './edition.queries';
import { indicatorValuesOf, lifeStageScoresOf, scoreColumn, scoresOf, type ScoreKey } from './mobility.queries';

/** The key of a planned score: plannedValue(authority, mobilityPlanKey(2016)). */
export const mobilityPlanKey = (edition: number): string => `mobility:${edition}`;

const scoreKey = (k: ScoreKey): string => `${k.edition}:${k.code}`;

export function createMobilityLoaders(db: Db, cache: Pick<ReferenceCache, 'get'>) {
  const editions = once(() => cache.get('editions', () => allEditions(db)));
  const planned: PlannedField = {
    field: 'mobility',
    async column(args) {
      if (!argsAreValid(EditionArgs, args)) return null;
      const loaded = await editions();
      // An edition that is not loaded is not planned: the field's resolver reports it.
      const edition = typeof args.edition === 'number' ? loaded.find((e) => e.edition === args.edition) : loaded[0];
      return edition ? { key: mobilityPlanKey(edition.edition), sql: scoreColumn(edition.edition) } : null;
    },
  };
  return {
    editions,
    planned,
    score: oneToOne((keys: readonly ScoreKey[]) => scoresOf(db, keys), scoreKey, scoreKey),
    lifeStages: oneToMany((keys: readonly ScoreKey[]) => lifeStageScoresOf(db, keys), scoreKey, scoreKey),
    indicators: oneToMany((keys: readonly ScoreKey[]) => indicatorValuesOf(db, keys), scoreKey, scoreKey),
  };
}
