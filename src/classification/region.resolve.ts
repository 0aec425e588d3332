/** Resolves a `region` argument given as a name (case-insensitive) or an E12 code. */
import { BadUserInputError } from '../common';
import type { RegionRow } from './classification.queries';

export function pickRegion(regions: RegionRow[], value: string, argument: string): RegionRow {
  const wanted = value.trim().toLowerCase();
  const found = regions.find((r) => r.code.toLowerCase() === wanted || r.name.toLowerCase() === wanted);
  if (!found) {
    throw new BadUserInputError(
      argument,
      `${argument} ${JSON.stringify(value)} is not an English region; use a name or E12 code: ${regions.map((r) => `${r.name} (${r.code})`).join(', ')}`,
    );
  }
  return found;
}
