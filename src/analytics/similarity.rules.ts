/**
 * Statistical neighbours: standardised Euclidean distance over a basis of variables. Each
 * variable is turned into z-scores over all districts, so each weighs the same; the distance
 * between two districts is sqrt(sum_v (z_v(b) - z_v(a))^2).
 */
import type { FeatureRow } from './analytics.queries';
import { standardise } from './statistics.rules';

export type Variable =
  | 'POPULATION_DENSITY'
  | 'IMD'
  | 'INCOME'
  | 'EMPLOYMENT'
  | 'EDUCATION'
  | 'HEALTH'
  | 'CRIME'
  | 'BARRIERS'
  | 'LIVING_ENVIRONMENT'
  | 'RURAL_URBAN_CLASS'
  | 'RURAL_POPULATION_SHARE';

/** The default basis: density, the seven IoD 2015 domains, and the rural-urban class. */
export const DEFAULT_BASIS: Variable[] = [
  'POPULATION_DENSITY',
  'INCOME',
  'EMPLOYMENT',
  'EDUCATION',
  'HEALTH',
  'CRIME',
  'BARRIERS',
  'LIVING_ENVIRONMENT',
  'RURAL_URBAN_CLASS',
];

export function valueOf(row: FeatureRow, variable: Variable): number {
  switch (variable) {
    case 'POPULATION_DENSITY':
      return Math.log10(Math.max(row.personsPerKm2, 1));
    case 'RURAL_URBAN_CLASS':
      return row.ruralUrbanCode;
    case 'RURAL_POPULATION_SHARE':
      return row.ruralPopulationPct;
    default: {
      const v = row.domains[variable];
      if (v === undefined) throw new Error(`no ${variable} deprivation score for ${row.code}`);
      return v;
    }
  }
}

export interface Similar {
  code: string;
  distance: number;
  contributions: { variable: Variable; difference: number; share: number }[];
}

/** The `first` districts most alike `code` on `basis` (never itself), nearest first, ties by code. */
export function mostSimilar(code: string, rows: FeatureRow[], basis: Variable[], first: number): Similar[] {
  const z = basis.map((v) => standardise(rows.map((r) => valueOf(r, v))));
  const self = rows.findIndex((r) => r.code === code);
  if (self < 0) return [];
  const results = rows
    .map((row, j) => {
      const diffs = basis.map((variable, k) => ({ variable, difference: z[k]![j]! - z[k]![self]! }));
      const squared = diffs.reduce((s, d) => s + d.difference ** 2, 0);
      return {
        code: row.code,
        distance: Math.sqrt(squared),
        contributions: diffs
          .map((d) => ({ ...d, share: squared === 0 ? 0 : d.difference ** 2 / squared }))
          .sort((a, b) => b.share - a.share)
          .slice(0, 3),
      };
    })
    .filter((r) => r.code !== code);
  return results.sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code)).slice(0, first);
}
