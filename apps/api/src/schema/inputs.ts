// What every mutation's input needs before a service's zod schema reads it.

import { enumName } from '@chiso/scoring';

/**
 * GraphQL hands an optional input field over as `null` when the client sends null, but the
 * scoring and comparison models (zod, `.strict()`, `.optional()`) mean "absent" by leaving a key
 * out. Typed inputs that mirror those models go through this before their service parses them.
 */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== null && field !== undefined)
      .map(([key, field]) => [key, withoutNulls(field)]),
  ) as T;
}

/** camelCase model values ("yesNo") as GraphQL enum values ("YES_NO"). */
export function enumValuesOf<V extends string>(values: readonly V[]): Record<string, { value: V }> {
  return Object.fromEntries(values.map((value) => [enumName(value), { value }]));
}
