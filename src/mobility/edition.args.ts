/**
 * The `edition` argument: an index edition by year, in the one range (mobility.rules.ts) every
 * field, filter and command that takes an edition uses.
 */
import { ArgsType, Field, Int } from 'type-graphql';
import { IntRange } from '../common';
import { EDITION_MAX, EDITION_MIN } from './mobility.rules';

/** Validation of an edition year: a whole number EDITION_MIN..EDITION_MAX. */
export const EditionYear = (): PropertyDecorator => IntRange(EDITION_MIN, EDITION_MAX);

@ArgsType()
export class EditionArgs {
  @Field(() => Int, { nullable: true, description: 'Index edition (year); default the latest loaded. An edition that is not loaded is an error.' })
  @EditionYear()
  edition?: number;
}
