/**
 * `Query.authorities` in GraphQL: the connection it returns (a page of districts with its edges
 * and cursors), its arguments (a filter, an order and a page) and its resolver, with the total
 * count. The filter's input is filter.input.ts, its criteria and their SQL criteria*.ts, and the
 * list's SQL authorities.queries.ts.
 */
import { Matches } from 'class-validator';
import { getNamedType, GraphQLObjectType, responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  AuthorityLoaders,
  AuthorityPlans,
  codeOnly,
  compileRows,
  JsonJoins,
  JsonSelection,
  type JsonShape,
  LocalAuthority,
  type SelectionPath,
} from '../authorities';
import {
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  IntRange,
  listOf,
  MAX_PAGE_SIZE,
  Nested,
  offsetAfter,
  pageInfo,
  PageInfo,
  pageInfoOf,
  type RequestContext,
} from '../common';
import { editionOf } from '../mobility';
import { countAuthorities, findAuthorities, findAuthoritiesJson, type PageRequest } from './authorities.queries';
import type { AuthorityCriteria } from './criteria';
import { criteriaFromFilter } from './criteria.resolve';
import { AuthorityFilter } from './filter.input';
import { AuthorityOrder } from './order';

// A page of districts: the connection `Query.authorities` returns, with its edges and cursors.

@ObjectType({
  simpleResolvers: true,
  description: 'One district in a page of results, with the cursor that points at it.',
})
export class AuthorityEdge {
  @Field({ description: 'Opaque cursor: pass it as `after` to continue after this district.' })
  cursor!: string;

  @Field(() => LocalAuthority, { description: 'The district.' })
  node!: LocalAuthority;
}

@ObjectType({ simpleResolvers: true, description: 'A page of districts matching a filter, in the requested order.' })
export class AuthorityConnection {
  @Field(() => [AuthorityEdge], { description: 'The districts on this page, each with its cursor.' })
  edges!: AuthorityEdge[];

  @Field(() => [LocalAuthority], { description: 'The districts on this page (the same as edges.node).' })
  nodes!: LocalAuthority[];

  @Field(() => PageInfo, { description: 'Cursors and whether more pages follow or precede.' })
  pageInfo!: PageInfo;

  criteria!: AuthorityCriteria;

  /** The page's order and bounds, for fields that read the same page another way. */
  page!: PageRequest;
}

// Arguments of `Query.authorities`: a filter, an order and a page.

@ArgsType()
export class AuthoritiesArgs {
  @Field(() => AuthorityFilter, {
    nullable: true,
    description: 'Conditions the districts must meet; omitted: all 326 districts.',
  })
  @Nested()
  filter?: AuthorityFilter;

  @Field(() => AuthorityOrder, {
    nullable: true,
    defaultValue: AuthorityOrder.CODE_ASC,
    description: 'Order of the results; ties are broken by code.',
  })
  orderBy!: AuthorityOrder;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Page size, 1..${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  @IntRange(1, MAX_PAGE_SIZE)
  first!: number;

  @Field({
    nullable: true,
    description: "Cursor of the district to continue after (an edge's cursor or pageInfo.endCursor).",
  })
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, {
    message: (a) => `must be a cursor returned by this API (got ${JSON.stringify(String(a.value).slice(0, 60))})`,
  })
  after?: string;
}

// `Query.authorities`: a filtered, ordered page of districts, with its total count.

/** Where a connection's districts are: its nodes and its edges' node. */
const CONNECTION_NODES: SelectionPath[] = [
  [['AuthorityConnection', 'nodes']],
  [
    ['AuthorityConnection', 'edges'],
    ['AuthorityEdge', 'node'],
  ],
];

/**
 * The page's `nodes` made from one statement's columns (authorities/planned-json.ts): a
 * district's JSON shape for each response key `nodes` is selected under, compiled into the
 * columns to select and a builder of its items per key. Null when the operation asks for
 * `edges` (their cursors and nodes are the resolvers'), for no `nodes`, or for a field SQL does
 * not fetch: the resolvers answer then.
 */
function nodesAsJson(info: GraphQLResolveInfo, plans: { jsonOf(s: JsonSelection, j: JsonJoins): JsonShape | null }) {
  const connection = getNamedType(info.returnType);
  if (!(connection instanceof GraphQLObjectType)) return null;
  const selection = new JsonSelection(info, connection, info.fieldNodes);
  const lists = new Map<string, JsonShape>();
  const joins = new JsonJoins();
  for (const field of selection.fields) {
    if (field.name === 'edges') return null;
    if (field.name !== 'nodes') continue;
    const object = plans.jsonOf(selection.below(field)!, joins);
    if (!object) return null;
    lists.set(field.key, object);
  }
  return lists.size > 0 ? { keys: [...lists.keys()], ...compileRows([...lists.values()]), joins } : null;
}

@Resolver(() => AuthorityConnection)
export class AuthoritiesResolver {
  @Query(() => AuthorityConnection, {
    complexity: listOf(100),
    description:
      'A page of the districts matching `filter`, in `orderBy` order, with the total count and cursors for the next page.',
  })
  async authorities(
    @Args() args: AuthoritiesArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AuthorityConnection> {
    const offset = offsetAfter(args.after);
    const criteria = await criteriaFromFilter(ctx, args.filter);
    const orderEdition = (await editionOf(ctx, args.filter?.edition, 'filter.edition')).edition;
    const plans = ctx.use(AuthorityPlans);
    const request = { order: args.orderBy, orderEdition, limit: args.first, offset };
    // Whether the nodes are built as JSON, and how, follows from the document, its variables and
    // the data version alone: worked out once for them, and kept (common/document-cache.ts).
    const json = await ctx.documents.get(info.fieldNodes[0]!, JSON.stringify(info.variableValues), async () => {
      await plans.for(info, CONNECTION_NODES);
      return nodesAsJson(info, plans);
    });
    if (json) {
      // The lists go into the response as made; graphql-js completes `nodes` as an empty list,
      // which the splice replaces (server/apollo.ts).
      const page = await findAuthoritiesJson(ctx.db, criteria, request, json, json.joins);
      const at = responsePathAsArray(info.path);
      json.keys.forEach((key, i) => ctx.splices.push({ path: [...at, key], items: page.lists[i]! }));
      const count = Math.min(page.fetched, args.first);
      return {
        criteria,
        page: request,
        nodes: [],
        edges: [],
        pageInfo: pageInfoOf(offset, count, page.fetched > args.first),
      };
    }
    const plan = await plans.for(info, CONNECTION_NODES);
    const rows = await findAuthorities(ctx.db, criteria, request, plan);
    // Code-only rows are not districts' rows: they answer this selection, not other lookups.
    const items = codeOnly(plan)
      ? rows.slice(0, args.first)
      : ctx.use(AuthorityLoaders).prime(rows.slice(0, args.first));
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
  totalCount(@Root() connection: AuthorityConnection, @Ctx() ctx: RequestContext): Promise<number> {
    return countAuthorities(ctx.db, connection.criteria);
  }
}
