/** Per-request loader for deprivation summaries (all domains of a district in one batch). */
import type { Db } from '../db';
import { oneToMany } from '../common';
import { deprivationOf } from './deprivation.queries';

export function createDeprivationLoaders(db: Db) {
  return { byCode: oneToMany((codes: readonly string[]) => deprivationOf(db, codes), (r) => r.code) };
}
