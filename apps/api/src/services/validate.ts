import type { z } from 'zod';
import { validationFailed } from '../errors.ts';

/**
 * Parses input with zod at the REST edges (evidence uploads, exports); failures become
 * VALIDATION_FAILED with one issue per field. GraphQL mutations are checked on their input types
 * instead (schema/validation.ts).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationFailed(
    result.error.issues.map((issue) => ({ path: issue.path.join('.') || '(input)', message: issue.message })),
  );
}
