import type { z } from 'zod';
import { validationFailed } from '../errors.ts';
import { fieldIssues, type SchemaIssue } from '../services/validate.ts';

/**
 * A refusal by an input type's schema as VALIDATION_FAILED, one issue per field. Paths are
 * relative to the mutation's `input` argument ("entries.3.input"), as the services' were.
 */
export const invalidInput = (issues: readonly SchemaIssue[]) =>
  validationFailed(fieldIssues(issues, 'input'));

/**
 * A mutation input type's options: its service's zod schema checks the input before any resolver
 * runs (a refusal is VALIDATION_FAILED). Keys the schema does not name pass through untouched —
 * they are the global ids, which the relay plugin decodes after validation.
 */
export function validatedBy(schema: z.ZodObject) {
  return { validate: schema.loose() };
}
