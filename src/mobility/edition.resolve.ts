/** Resolves an `edition` argument to a loaded edition: omitted means the latest loaded. */
import { BadUserInputError } from '../common';
import type { EditionRow } from './edition.queries';

export function pickEdition(editions: EditionRow[], edition: number | null | undefined, argument: string): EditionRow {
  const latest = editions[0];
  if (!latest) throw new BadUserInputError(argument, 'no index edition is loaded; run npm run db:load');
  if (edition === null || edition === undefined) return latest;
  const found = editions.find((e) => e.edition === edition);
  if (!found) {
    throw new BadUserInputError(
      argument,
      `${argument} ${edition} is not loaded; loaded editions: ${editions.map((e) => e.edition).sort().join(', ')}`,
    );
  }
  return found;
}
