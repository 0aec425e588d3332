/**
 * Request limits: query depth (graphql-depth-limit), aliases, and cost (graphql-query-complexity
 * with the `complexity` each field declares: list fields multiply by their page size, geometry
 * costs by how much it returns). Rejections are GraphQL errors naming the limit and its value.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ASTVisitor, type DocumentNode, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { Limits } from '../config';
import type { Context } from './context';
import { LimitError } from '../common';

/** Rejects operations nested deeper than `max` levels. */
export function depthRule(max: number): ValidationRule {
  return depthLimit(max) as unknown as ValidationRule;
}

/** Rejects operations with more than `max` aliased fields (alias batching of expensive fields). */
export function aliasRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(node) {
        if (node.alias) count += 1;
      },
      Document: {
        leave() {
          if (count > max) {
            context.reportError(
              new GraphQLError(`The query uses ${count} aliases; the limit is ${max} (MAX_ALIASES)`, { extensions: { code: 'TOO_MANY_ALIASES', limit: max } }),
            );
          }
        },
      },
    };
  };
}

/** Per document (Apollo Server keeps one DocumentNode per query text), at most this many variable sets. */
const COSTS_PER_DOCUMENT = 64;

/**
 * Computes each operation's cost before it runs and rejects it above the limit. The cost depends
 * only on the document, the operation and the variables, so it is computed once for each and
 * remembered with the parsed document (a WeakMap: it goes when Apollo's document cache drops it).
 */
export function costPlugin(schema: GraphQLSchema, limits: Limits): ApolloServerPlugin<Context> {
  const costs = new WeakMap<DocumentNode, Map<string, number | null>>();
  const estimators = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];
  const costOf = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number | null => {
    let known = costs.get(document);
    if (!known) costs.set(document, (known = new Map()));
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    let cost = known.get(key);
    if (cost === undefined) {
      try {
        cost = getComplexity({ schema, query: document, operationName, variables, estimators });
      } catch (err) {
        // Variables that do not coerce: execution rejects them with BAD_USER_INPUT before
        // any resolver runs, so there is no cost to guard.
        if (!(err instanceof GraphQLError)) throw err;
        cost = null;
      }
      if (known.size >= COSTS_PER_DOCUMENT) known.clear();
      known.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          const cost = costOf(document, request.operationName ?? undefined, request.variables ?? {});
          if (cost === null) return;
          contextValue.cost = cost;
          if (cost > limits.maxCost) {
            throw new LimitError('QUERY_TOO_COSTLY', `The query costs ${cost}; the limit is ${limits.maxCost} (MAX_COST). Ask for fewer districts (first), simpler geometry (simplifyMetres) or fewer nested lists.`, limits.maxCost);
          }
        },
      };
    },
  };
}
