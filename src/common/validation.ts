/**
 * Argument validation at the GraphQL boundary. Bounds sit on @ArgsType/@InputType fields as
 * class-validator decorators; `validateArgs` (the schema's validateFn) runs class-validator and
 * turns the first failure into a BadUserInputError naming the argument path, the allowed range
 * and the value given: "first must be between 1 and 500 (got 501)".
 */
import {
  Max,
  Min,
  IsInt,
  ValidateNested,
  validate,
  validateSync,
  type ValidationError,
  type ValidationArguments,
} from 'class-validator';
import { BadUserInputError, describeValue } from './errors';

const got = (args: ValidationArguments): string => `(got ${describeValue(args.value)})`;

/** A whole number in min..max (inclusive). */
export function IntRange(min: number, max: number): PropertyDecorator {
  const message = (args: ValidationArguments): string =>
    `must be a whole number between ${min} and ${max} ${got(args)}`;
  return (target, property) => {
    IsInt({ message })(target, property);
    Min(min, { message })(target, property);
    Max(max, { message })(target, property);
  };
}

/** A number in min..max (inclusive). */
export function FloatRange(min: number, max: number): PropertyDecorator {
  const message = (args: ValidationArguments): string => `must be between ${min} and ${max} ${got(args)}`;
  return (target, property) => {
    Min(min, { message })(target, property);
    Max(max, { message })(target, property);
  };
}

/** Validates a nested input object (or list of them) with its own rules. */
export const Nested = (): PropertyDecorator => ValidateNested({ each: true });

function firstFailure(errors: ValidationError[], prefix: string): { path: string; message: string } | null {
  for (const e of errors) {
    const path = prefix
      ? /^\d+$/.test(e.property)
        ? `${prefix}[${e.property}]`
        : `${prefix}.${e.property}`
      : e.property;
    const message = e.constraints ? Object.values(e.constraints)[0] : undefined;
    if (message) return { path, message };
    const nested = firstFailure(e.children ?? [], path);
    if (nested) return nested;
  }
  return null;
}

/**
 * Finds a string containing NUL (U+0000), which PostgreSQL text cannot hold, anywhere in an
 * argument value; returns its path.
 */
function nulPath(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object' || depth > 32) return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    const found = nulPath(inner, at, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Argument sets already found valid, by class and value. A list resolves the same field with the
 * same arguments once per row (mobility(edition) on 326 districts), so each distinct set is
 * validated once; bounded, and only successes are remembered.
 */
const validated = new Map<string, true>();
const VALIDATED_MAX = 2000;

/** Validates one argument value; `name` is the argument's name when it is not an @Args class. */
export async function validateArgs(value: unknown, name = ''): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  const key = `${(value as object).constructor?.name}:${name}:${JSON.stringify(value)}`;
  if (validated.has(key)) return;
  await validateUncached(value, name);
  if (validated.size >= VALIDATED_MAX) validated.clear();
  validated.set(key, true);
}

/**
 * Whether arguments (as GraphQL coerced them) pass their class's bounds, synchronously: a field
 * is only planned ahead (authorities/authority.graphql.ts) for arguments its resolver would accept,
 * so an answer given at once never skips a check.
 */
export function argsAreValid(type: new () => object, args: Record<string, unknown>): boolean {
  const key = `${type.name}:planned:${JSON.stringify(args)}`;
  if (validated.has(key)) return true;
  if (nulPath(args, '')) return false;
  const ok =
    validateSync(Object.assign(new type(), args), { skipMissingProperties: true, forbidUnknownValues: false })
      .length === 0;
  if (ok) {
    if (validated.size >= VALIDATED_MAX) validated.clear();
    validated.set(key, true);
  }
  return ok;
}

/**
 * Throws the BadUserInputError the resolver would give for arguments (as GraphQL coerced them)
 * outside their class's bounds, synchronously: the cost analysis checks the arguments a cost
 * depends on (`first`, `depth`, `permutations`) before it multiplies by them.
 */
export function assertArgs(type: new () => object, args: Record<string, unknown>): void {
  // Only the scalar arguments (and lists of scalars): costs depend on those, and nested inputs,
  // which graphql-js coerces into objects without a prototype, are validated as the field runs.
  const scalars = Object.fromEntries(
    Object.entries(args).filter(
      ([, v]) =>
        v === null ||
        typeof v !== 'object' ||
        (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object')),
    ),
  );
  const key = `${type.name}:scalars:${JSON.stringify(scalars)}`;
  if (validated.has(key)) return;
  const nul = nulPath(scalars, '');
  if (nul) throw new BadUserInputError(nul, `${nul} must not contain the NUL character (U+0000)`);
  const failure = firstFailure(
    validateSync(Object.assign(new type(), scalars), { skipMissingProperties: true, forbidUnknownValues: false }),
    '',
  );
  if (failure) throw new BadUserInputError(failure.path, `${failure.path} ${failure.message}`);
  if (validated.size >= VALIDATED_MAX) validated.clear();
  validated.set(key, true);
}

async function validateUncached(value: object, name: string): Promise<void> {
  const nul = nulPath(value, name);
  if (nul) throw new BadUserInputError(nul, `${nul} must not contain the NUL character (U+0000)`);
  const items = Array.isArray(value) ? value : [value];
  for (const [i, item] of items.entries()) {
    if (item === null || typeof item !== 'object') continue;
    const errors = await validate(item as object, { skipMissingProperties: true, forbidUnknownValues: false });
    const prefix = Array.isArray(value) ? `${name}[${i}]` : name;
    const failure = firstFailure(errors, prefix);
    if (failure) throw new BadUserInputError(failure.path, `${failure.path} ${failure.message}`);
  }
}
