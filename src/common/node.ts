/**
 * Global object identification (the Relay spec): every entity with an identity implements `Node`,
 * and `Query.node(id)` / `Query.nodes(ids)` fetch any of them by its id, so normalising caches
 * (Relay, Apollo Client, urql's graphcache) keep one copy of each.
 *
 * An id is opaque to clients and stable: the base64url of `<type>:<key>`, where the key is what
 * identifies the entity in the data (an ONS code, an edition's year), never a database row number,
 * so it survives restarts, reloads, deployments and new editions. A Source's id is the key it has
 * always had (e.g. "smi-2016"); it names no type, and `Query.node` reads any id that is not one of
 * the encoded ones as a source's. Each domain declares how to fetch its types (`NodeSource`, in its
 * module); server/ resolves `Query.node` from the modules' list.
 */
import { Field, ID, InterfaceType } from 'type-graphql';
import type { RequestContext } from './context';
import { BadUserInputError } from './errors';

/** The GraphQL type a value returned through `Node` is (read by the interface's resolveType). */
export const NODE_TYPE = Symbol('node type');

@InterfaceType({
  description:
    'An object with a global id (the Relay spec): fetch it again with `node(id)`, and let a normalising cache keep one copy of it. Ids are opaque and stable across restarts, deployments and editions; the public ONS code stays in `code`.',
  resolveType: (value: Record<symbol, unknown>) => value[NODE_TYPE] as string | undefined,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id: opaque, stable, unique across every type. Pass it to `node(id)`.' })
  id!: string;
}

/** The types whose ids are encoded `<type>:<key>`. A Source's id is its key (see above). */
export type EncodedNodeType = 'LocalAuthority' | 'Region' | 'Edition' | 'Area';
const ENCODED: ReadonlySet<string> = new Set<EncodedNodeType>(['LocalAuthority', 'Region', 'Edition', 'Area']);

/** The global id of an entity of `type` whose key is `key`. */
export function nodeId(type: EncodedNodeType, key: string | number): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

/** A source's key, as its id: lower-case words and digits joined by hyphens. */
const SOURCE_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The type and key an id names. An encoded id that names no known type, or an id that is neither
 * encoded nor a source's, is an error naming the argument.
 */
export function parseNodeId(id: string, argument: string): { type: string; key: string } {
  if (id.length > 0 && id.length <= 200 && /^[A-Za-z0-9_-]+$/.test(id)) {
    const text = Buffer.from(id, 'base64url').toString('utf8');
    const colon = text.indexOf(':');
    const type = text.slice(0, colon);
    // Only a canonical encoding counts, so each entity has exactly one id.
    if (colon > 0 && ENCODED.has(type) && nodeId(type as EncodedNodeType, text.slice(colon + 1)) === id) {
      return { type, key: text.slice(colon + 1) };
    }
  }
  if (SOURCE_KEY.test(id) && id.length <= 100) return { type: 'Source', key: id };
  throw new BadUserInputError(
    argument,
    `${argument} is not an id this API gives (got ${JSON.stringify(id.slice(0, 60))}); ids come from the \`id\` field of a LocalAuthority, Region, Edition, Area or Source`,
  );
}

/** How a domain fetches the entities of one Node type by their keys: one batch, in order, null when absent. */
export interface NodeSource {
  readonly type: string;
  load(ctx: RequestContext, keys: readonly string[]): Promise<readonly (object | null)[]>;
}

/** A copy of a value tagged with its Node type, for the interface's resolveType. */
export const asNode = <T extends object>(type: string, value: T): T => ({ ...value, [NODE_TYPE]: type });

/** Every key of a batch through a DataLoader (one statement), null where absent; a failed load throws. */
export async function loadAll<V>(
  loader: { loadMany(keys: readonly string[]): Promise<ArrayLike<V | Error>> },
  keys: readonly string[],
): Promise<(V | null)[]> {
  return Array.from(await loader.loadMany(keys), (value) => {
    if (value instanceof Error) throw value;
    return value ?? null;
  });
}
