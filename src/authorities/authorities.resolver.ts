/** Query fields that find districts: `authority` (one) and `authorities` (a filtered, ordered page). */
import { Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { listOf } from '../common/cost';
import { offsetAfter, pageInfo, encodeCursor } from '../common/pagination';
import { pickEdition } from '../mobility/edition.resolve';
import { BadUserInputError } from '../server/errors';
import type { Context } from '../server/context';
import { AuthoritiesArgs, AuthorityArgs } from './authority.args';
import { criteriaFromFilter } from './authority.criteria.resolve';
import { authorityByName, countAuthorities, findAuthorities } from './authority.queries';
import { AuthorityConnection, LocalAuthority } from './authority.type';

@Resolver(() => AuthorityConnection)
export class AuthoritiesResolver {
  @Query(() => LocalAuthority, {
    nullable: true,
    description: 'One district by ONS code or by name (exact, case-insensitive). Give exactly one of the two. Null when no district matches.',
  })
  async authority(@Args() { code, name }: AuthorityArgs, @Ctx() ctx: Context): Promise<LocalAuthority | null> {
    if ((code == null) === (name == null)) {
      throw new BadUserInputError(code == null ? 'code' : 'name', 'authority needs exactly one of code or name');
    }
    if (code != null) return ctx.loaders.authorities.byCode.load(code.trim().toUpperCase());
    const row = await authorityByName(ctx.db, (name ?? '').trim());
    if (row) ctx.loaders.authorities.prime([row]);
    return row;
  }

  @Query(() => AuthorityConnection, {
    complexity: listOf(100),
    description: 'A page of the districts matching `filter`, in `orderBy` order, with the total count and cursors for the next page.',
  })
  async authorities(@Args() args: AuthoritiesArgs, @Ctx() ctx: Context): Promise<AuthorityConnection> {
    const offset = offsetAfter(args.after);
    const criteria = await criteriaFromFilter(ctx, args.filter);
    const orderEdition = pickEdition(await ctx.loaders.mobility.editions(), args.filter?.edition, 'filter.edition').edition;
    const rows = await findAuthorities(ctx.db, criteria, { order: args.orderBy, orderEdition, limit: args.first, offset });
    const items = ctx.loaders.authorities.prime(rows.slice(0, args.first));
    const page = { items, offset, hasNextPage: rows.length > args.first };
    return {
      criteria,
      nodes: items,
      edges: items.map((node, i) => ({ node, cursor: encodeCursor(offset + i) })),
      pageInfo: pageInfo(page),
    };
  }

  @FieldResolver(() => Int, { description: 'Number of districts matching the filter, on all pages.' })
  totalCount(@Root() connection: AuthorityConnection, @Ctx() ctx: Context): Promise<number> {
    return countAuthorities(ctx.db, connection.criteria);
  }
}
