/**
 * Request limits: query depth (graphql-depth-limit), aliases, the size of the inputs
 * (input-limits.ts, and the AuthorityFilter branches of an argument), and cost
 * (graphql-query-complexity with the `complexity` each field declares: list fields multiply by
 * their page size, geometry costs by how much it returns; any other field costs 1 when it has a
 * resolver, nothing when it is a property of the object its parent returned: ownCost). A field's
 * arguments are checked against their bounds before its cost is computed, so `first: 100000` is
 * told the range of `first`, not the cost. Rejections are GraphQL errors naming the argument or limit and its value.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Limits } from '../config';
import { assertArgs, BadUserInputError, LimitError, type RequestContext } from '../common';
import { checkLiterals, checkVariables, type InputProblem } from './input-limits';

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
              new GraphQLError(`The query uses ${count} aliases; the limit is ${max} (MAX_ALIASES)`, {
                extensions: { code: 'TOO_MANY_ALIASES', limit: max },
              }),
            );
          }
        },
      },
    };
  };
}

/** A BAD_USER_INPUT error for an input rejected before execution (HTTP 400, as Apollo's own). */
export function inputError(p: InputProblem): BadUserInputError {
  return new BadUserInputError(p.argument, p.message, { limit: p.limit, http: { status: 400 } });
}

const FILTER_TYPE = 'AuthorityFilter';

/** AuthorityFilter objects in a coerced argument value, counting every and/or/not branch. */
function filterNodes(type: GraphQLInputType, value: unknown): number {
  let count = 0;
  const stack: Array<[GraphQLInputType, unknown]> = [[type, value]];
  while (stack.length > 0) {
    const [t, v] = stack.pop()!;
    if (v === null || v === undefined) continue;
    const inner = isNonNullType(t) ? t.ofType : t;
    if (isListType(inner)) {
      if (Array.isArray(v)) for (const item of v) stack.push([inner.ofType, item]);
    } else if (isInputObjectType(inner) && typeof v === 'object') {
      if (inner.name === FILTER_TYPE) count += 1;
      const fields = inner.getFields();
      for (const [name, fieldValue] of Object.entries(v as Record<string, unknown>)) {
        const field = fields[name];
        if (field && isInputObjectType(getNamedType(field.type))) stack.push([field.type, fieldValue]);
      }
    }
  }
  return count;
}

/**
 * An estimator that costs nothing itself (it returns undefined, so the next one costs the field):
 * it checks the field's arguments against their @Args class and the size of its filters first.
 */
function argumentEstimator(limits: Limits, classes: ReadonlyMap<string, new () => object>): ComplexityEstimator {
  return ({ type, field, args }) => {
    const cls = classes.get(`${type.name}.${field.name}`);
    if (cls) assertArgs(cls, args);
    for (const arg of field.args as readonly GraphQLArgument[]) {
      if (!isInputObjectType(getNamedType(arg.type))) continue;
      const nodes = filterNodes(arg.type, args[arg.name]);
      if (nodes > limits.maxFilterNodes) {
        const message = `${arg.name} has ${nodes} filters counting every and/or/not branch; the limit is ${limits.maxFilterNodes} (MAX_FILTER_NODES)`;
        throw inputError({ argument: arg.name, message, limit: limits.maxFilterNodes, setting: 'MAX_FILTER_NODES' });
      }
    }
    return undefined;
  };
}

/**
 * The cost of a field that declares none: 1 and what it selects when it has a resolver (work of
 * its own: a lookup, a loader, a computation), only what it selects when it has none: such a field
 * is a property of the object its parent returned (a district's `code`, `name`, the `areaType` of
 * its classification, the `imd` of its deprivation), already fetched by the parent's statement.
 * Until 2026-12-05 every field cost 1, which made a table of 326 districts with 30 columns
 * (16,001; answered in 11-15 ms) cost more than all their full boundaries (13,001; a megabyte of
 * GeoJSON in 24-27 ms), and so `heavy` to admission control.
 */
export const ownCost: ComplexityEstimator = ({ field, childComplexity }) => (field.resolve ? 1 : 0) + childComplexity;

/** Per document (Apollo Server keeps one DocumentNode per query text), at most this many variable sets. */
const COSTS_PER_DOCUMENT = 64;

/**
 * Computes each operation's cost before it runs and rejects it above the limit. The cost depends
 * only on the document, the operation and the variables, so it is computed once for each and
 * remembered with the parsed document (a WeakMap: it goes when Apollo's document cache drops it).
 *
 * Its hook is synchronous up to its end (nothing in it awaits), and it is listed before the
 * admission plugin: Apollo starts the plugins' didResolveOperation hooks in order, so by the
 * time admission looks, `contextValue.cost` is set for an operation this plugin accepted, and
 * only then.
 */
export function costPlugin(
  schema: GraphQLSchema,
  limits: Limits,
  classes: ReadonlyMap<string, new () => object> = new Map(),
): ApolloServerPlugin<RequestContext> {
  // Per document: its literal arguments' problem (null: none), and the cost per operation and variables.
  const costs = new WeakMap<
    DocumentNode,
    { literals: BadUserInputError | null; byVariables: Map<string, number | BadUserInputError | null> }
  >();
  const estimators = [argumentEstimator(limits, classes), fieldExtensionsEstimator(), ownCost];
  const costOf = (
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
  ): number | BadUserInputError | null => {
    let known = costs.get(document);
    if (!known) {
      const literals = checkLiterals(document, limits);
      costs.set(document, (known = { literals: literals && inputError(literals), byVariables: new Map() }));
    }
    if (known.literals) return known.literals;
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    let cost = known.byVariables.get(key);
    if (cost === undefined) {
      try {
        cost = getComplexity({ schema, query: document, operationName, variables, estimators });
      } catch (err) {
        if (!(err instanceof GraphQLError)) throw err;
        // An argument out of its bounds (argumentEstimator): the client is told which, before any
        // work. Variables that do not coerce: execution rejects them with BAD_USER_INPUT before
        // any resolver runs, so there is no cost to guard.
        cost =
          err instanceof BadUserInputError
            ? new BadUserInputError(String(err.extensions.argument), err.message, {
                ...err.extensions,
                http: { status: 400 },
              })
            : null;
      }
      if (known.byVariables.size >= COSTS_PER_DOCUMENT) known.byVariables.clear();
      known.byVariables.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          // Before graphql-js coerces the variables (it recurses per level) or anything else reads them.
          const variablesProblem = checkVariables(request.variables, limits);
          if (variablesProblem) throw inputError(variablesProblem);
          const cost = costOf(document, request.operationName ?? undefined, request.variables ?? {});
          if (cost === null) return;
          if (cost instanceof BadUserInputError) throw cost;
          if (cost > limits.maxCost) {
            throw new LimitError(
              'QUERY_TOO_COSTLY',
              `The query costs ${cost}; the limit is ${limits.maxCost} (MAX_COST). Ask for fewer districts (first), simpler geometry (simplifyMetres) or fewer nested lists.`,
              limits.maxCost,
            );
          }
          contextValue.cost = cost;
        },
      };
    },
  };
}

/**
 * The request's time budget from its cost (REQUEST_BUDGET_MS + REQUEST_BUDGET_MS_PER_COST ×
 * cost), from its turn on: execution starts only once every didResolveOperation hook (admission
 * included) has finished. The request context refuses statements past the deadline.
 */
export function budgetPlugin(
  limits: Pick<Limits, 'requestBudgetMs' | 'requestBudgetMsPerCost'>,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ contextValue }) {
          const cost = contextValue.cost ?? 0;
          contextValue.budget.cost = cost;
          contextValue.budget.ms = limits.requestBudgetMs + cost * limits.requestBudgetMsPerCost;
          contextValue.budget.deadline = performance.now() + contextValue.budget.ms;
        },
      };
    },
  };
}
