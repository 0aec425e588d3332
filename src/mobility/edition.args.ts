/**
 * The `edition` argument: an index edition by year. Its range is declared here once and used by
 * every field, filter and command that takes an edition.
 */
import { ArgsType, Field, Int } from 'type-graphql';
import { IntRange } from '../common';

/** Editions are years in this range; whether one is loaded is checked against the database. */
export const EDITION_MIN = 1900;
export const EDITION_MAX = 2100;

/** Validation of an edition year: a whole number EDITION_MIN..EDITION_MAX. */
export const EditionYear = (): PropertyDecorator => IntRange(EDITION_MIN, EDITION_MAX);

@ArgsType()
export class EditionArgs {
  @Field(() => Int, { nullable: true, description: 'Index edition (year); default the latest loaded. An edition that is not loaded is an error.' })
  @EditionYear()
  edition?: number;
}
