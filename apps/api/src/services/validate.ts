import type { z } from 'zod';
import { validationFailed } from '../errors.ts';

/** Parses input with zod at the edge; failures become VALIDATION_FAILED with one issue per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationFailed(
    result.error.issues.map((issue) => ({ path: issue.path.join('.') || '(input)', message: issue.message })),
  );
}
