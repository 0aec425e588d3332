/**
 * Cost estimators for graphql-query-complexity, declared on fields as `complexity`: a list
 * multiplies what it selects by how many items it can return; geometry costs by how much it
 * returns. A field that declares none costs 1 with a resolver, nothing without (server/limits.ts
 * ownCost).
 */
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';

/** A list of at most `size` items (or the `first` argument when given). */
export const listOf =
  (size: number) =>
  ({ args, childComplexity }: ComplexityEstimatorArgs): number =>
    1 + (typeof args.first === 'number' ? args.first : size) * childComplexity;

/** A full boundary costs more than a simplified one, which costs more than a number. */
export const boundaryCost = ({ args }: ComplexityEstimatorArgs): number => {
  const simplify = typeof args.simplifyMetres === 'number' ? args.simplifyMetres : 0;
  return simplify >= 1000 ? 5 : simplify > 0 ? 10 : 25;
};

/** Neighbours grow quickly with depth: about 8, 40 and 120 districts at 1, 2 and 3 hops. */
export const neighboursCost = ({ args, childComplexity }: ComplexityEstimatorArgs): number =>
  1 + ([8, 8, 40, 120][typeof args.depth === 'number' ? args.depth : 1] ?? 120) * childComplexity;

/** Permutation tests cost by their permutations. */
export const permutationCost =
  (base: number, items: number) =>
  ({ args, childComplexity }: ComplexityEstimatorArgs): number =>
    base + Math.ceil((typeof args.permutations === 'number' ? args.permutations : 999) / 50) + items * childComplexity;

/** Every pair of the given codes. */
export const pairsCost = ({ args, childComplexity }: ComplexityEstimatorArgs): number => {
  const n = Array.isArray(args.codes) ? args.codes.length : 2;
  return 1 + n * n * childComplexity;
};
