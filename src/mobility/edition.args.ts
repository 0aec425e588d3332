/**
 * The `edition` argument: an index edition by year, in the one range (mobility.rules.ts) every
 * field, filter and command that takes an edition uses, and its resolution against the loaded
 * editions (omitted means the latest loaded).
 */
import { ArgsType, Field, Int } from 'type-graphql';
import { BadUserInputError, IntRange } from '../common';
import type { EditionRow } from './edition.queries';
import { EDITION_MAX, EDITION_MIN } from './mobility.rules';

/** Validation of an edition year: a whole number EDITION_MIN..EDITION_MAX. */
export const EditionYear = (): PropertyDecorator => IntRange(EDITION_MIN, EDITION_MAX);

@ArgsType()
export class EditionArgs {
  @Field(() => Int, { nullable: true, description: 'Index edition (year); default the latest loaded. An edition that is not loaded is an error.' })
  @EditionYear()
  edition?: number;
}

/** The loaded edition an `edition` argument names (the latest when omitted); `argument` is its path. */
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
