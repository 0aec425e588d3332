/** `Query.authorities`: a filtered, ordered page of districts, with its total count. */
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { codeOnly, type SelectionPath } from '../authorities';
import { encodeCursor, listOf, offsetAfter, pageInfo } from '../common';
import { pickEdition } from '../mobility';
import type { Context } from '../server/context';
import { AuthoritiesArgs } from './authorities.args';
import { countAuthorities, findAuthorities } from './authorities.queries';
import { AuthorityConnection } from './connection.type';
import { criteriaFromFilter } from './criteria.resolve';

/** Where a connection's districts are: its nodes and its edges' node. */
const CONNECTION_NODES: SelectionPath[] = [[['AuthorityConnection', 'nodes']], [['AuthorityConnection', 'edges'], ['AuthorityEdge', 'node']]];

@Resolver(() => AuthorityConnection)
export class AuthoritiesResolver {
  @Query(() => AuthorityConnection, {
    complexity: listOf(100),
    description: 'A page of the districts matching `filter`, in `orderBy` order, with the total count and cursors for the next page.',
  })
  async authorities(@Args() args: AuthoritiesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<AuthorityConnection> {
    const offset = offsetAfter(args.after);
    const criteria = await criteriaFromFilter(ctx, args.filter);
    const orderEdition = pickEdition(await ctx.loaders.mobility.editions(), args.filter?.edition, 'filter.edition').edition;
    const plan = await ctx.plans.for(info, CONNECTION_NODES);
    const request = { order: args.orderBy, orderEdition, limit: args.first, offset };
    const rows = await findAuthorities(ctx.db, criteria, request, plan);
    // Code-only rows are not districts' rows: they answer this selection, not other lookups.
    const items = codeOnly(plan) ? rows.slice(0, args.first) : ctx.loaders.authorities.prime(rows.slice(0, args.first));
    const page = { items, offset, hasNextPage: rows.length > args.first };
    return {
      criteria,
      page: request,
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
