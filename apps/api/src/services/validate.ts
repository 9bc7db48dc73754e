import { problemOfZodIssue } from '@chiso/scoring';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { type FieldIssue, issueAt, validationFailed } from '../errors.ts';

/**
 * What a standard-schema validator reports about one input field. The validators here are zod's,
 * so each issue is a zod issue underneath: its code and bounds become a catalogue problem.
 */
export interface SchemaIssue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

/** One issue per field, its path dotted ("entries.3.input"), leaving out a leading `under` key. */
export function fieldIssues(issues: readonly SchemaIssue[], under?: string): FieldIssue[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((key) => String(typeof key === 'object' ? key.key : key));
    const path = under !== undefined && keys[0] === under ? keys.slice(1) : keys;
    return issueAt(path.join('.') || '(input)', problemOfZodIssue(issue as z.core.$ZodIssue));
  });
}

/**
 * Parses input with zod at the REST edges (evidence uploads, exports); failures become
 * VALIDATION_FAILED with one issue per field. GraphQL mutations are checked on their input types
 * instead (schema/validation.ts).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationFailed(fieldIssues(result.error.issues));
}

/** An ID in a REST query string: a Relay global ID as the API hands out, or the raw one. */
export const RestId = z
  .string()
  .min(1)
  .transform((value) => {
    try {
      return decodeGlobalID(value).id;
    } catch {
      return value;
    }
  });
