/** Arguments of `Query.authorities`: a filter, an order and a page. */
import { Matches } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, IntRange, MAX_PAGE_SIZE, Nested } from '../common';
import { AuthorityFilter } from './filter.input';
import { AuthorityOrder } from './order';

@ArgsType()
export class AuthoritiesArgs {
  @Field(() => AuthorityFilter, { nullable: true, description: 'Conditions the districts must meet; omitted: all 326 districts.' })
  @Nested()
  filter?: AuthorityFilter;

  @Field(() => AuthorityOrder, { nullable: true, defaultValue: AuthorityOrder.CODE_ASC, description: 'Order of the results; ties are broken by code.' })
  orderBy!: AuthorityOrder;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1..${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  @IntRange(1, MAX_PAGE_SIZE)
  first!: number;

  @Field({ nullable: true, description: "Cursor of the district to continue after (an edge's cursor or pageInfo.endCursor)." })
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: (a) => `must be a cursor returned by this API (got ${JSON.stringify(String(a.value).slice(0, 60))})` })
  after?: string;
}
