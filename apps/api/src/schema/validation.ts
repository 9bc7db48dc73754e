import type { z } from 'zod';
import { validationFailed } from '../errors.ts';

/** What a standard-schema validator (zod here) reports about one input field. */
interface SchemaIssue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

/**
 * A refusal by an input type's schema as VALIDATION_FAILED, one issue per field. Paths are
 * relative to the mutation's `input` argument ("entries.3.input"), as the services' were.
 */
export function invalidInput(issues: readonly SchemaIssue[]) {
  return validationFailed(
    issues.map((issue) => {
      const keys = (issue.path ?? []).map((key) => String(typeof key === 'object' ? key.key : key));
      const path = keys[0] === 'input' ? keys.slice(1) : keys;
      return { path: path.join('.') || '(input)', message: issue.message };
    }),
  );
}

/**
 * A mutation input type's options: its service's zod schema checks the input before any resolver
 * runs (a refusal is VALIDATION_FAILED). Keys the schema does not name pass through untouched —
 * they are the global ids, which the relay plugin decodes after validation.
 */
export function validatedBy(schema: z.ZodObject) {
  return { validate: schema.loose() };
}
