/**
 * `Query.node` and `Query.nodes` (the Relay spec's global object identification): any entity by
 * its global id. The ids name their types (common/node.ts); each domain's module says how to fetch
 * its types by key, and this resolver, in the composition root, asks the modules listed in
 * modules.ts. `nodes` fetches each type in one batch, so any number of ids costs one statement per
 * type at most (regions, editions and sources come from the reference cache).
 */
import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { Args, ArgsType, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { asNode, Node, parseNodeId, type NodeSource, type RequestContext } from '../common';
import { MODULES } from './modules';

/** Every Node type's source, from the modules. */
export const NODE_SOURCES: ReadonlyMap<string, NodeSource> = new Map(
  MODULES.flatMap((m) => m.nodes ?? []).map((source) => [source.type, source]),
);

export const MAX_NODE_IDS = 100;

@ArgsType()
class NodeArgs {
  @Field(() => ID, { description: 'A global id, from the `id` field of any Node.' })
  id!: string;
}

@ArgsType()
class NodesArgs {
  @Field(() => [ID], { description: `1..${MAX_NODE_IDS} global ids, of any types, in any order.` })
  @ArrayMinSize(1, { message: 'must list at least one id' })
  @ArrayMaxSize(MAX_NODE_IDS, {
    message: (a) => `must list at most ${MAX_NODE_IDS} ids (got ${(a.value as unknown[]).length})`,
  })
  ids!: string[];
}

/** The entities the ids name, in order (null where none), one batch per type. */
async function fetchNodes(ctx: RequestContext, ids: readonly string[], argument: (i: number) => string) {
  const parsed = ids.map((id, i) => parseNodeId(id, argument(i)));
  const keysByType = new Map<string, string[]>();
  for (const { type, key } of parsed) keysByType.set(type, [...(keysByType.get(type) ?? []), key]);
  const found = new Map<string, Map<string, object | null>>();
  await Promise.all(
    [...keysByType].map(async ([type, keys]) => {
      const source = NODE_SOURCES.get(type);
      if (!source) throw new Error(`no module fetches ${type} nodes`);
      const unique = [...new Set(keys)];
      const values = await source.load(ctx, unique);
      found.set(type, new Map(unique.map((key, i) => [key, values[i] ?? null])));
    }),
  );
  return parsed.map(({ type, key }) => {
    const value = found.get(type)?.get(key);
    return value ? asNode(type, value) : null;
  });
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object with a global id (Node): a district, region, edition, area or source, by its `id`. Null when nothing has that id (for instance an edition no longer loaded).',
  })
  async node(@Args() { id }: NodeArgs, @Ctx() ctx: RequestContext): Promise<Node | null> {
    const [value] = await fetchNodes(ctx, [id], () => 'id');
    return (value ?? null) as Node | null;
  }

  @Query(() => [Node], {
    nullable: 'items',
    complexity: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
      1 + (Array.isArray(args.ids) ? args.ids.length : MAX_NODE_IDS) * childComplexity,
    description: `Objects by their global ids, in the order given, null where nothing has the id; ${MAX_NODE_IDS} at most. Each type is fetched in one batch.`,
  })
  nodes(@Args() { ids }: NodesArgs, @Ctx() ctx: RequestContext): Promise<(Node | null)[]> {
    return fetchNodes(ctx, ids, (i) => `ids[${i}]`) as Promise<(Node | null)[]>;
  }
}
