import type { z } from 'zod';
import { isProblemCode, type ProblemCode, problem, wordProblem } from './catalogue.ts';
import type { Problem } from './template.ts';

type ZodIssue = z.core.$ZodIssue;

/**
 * One zod 4 issue as a catalogue problem: a check that named its code (`problemFlag`) keeps it,
 * every other issue gets the generic code of its kind with the bounds and types in its params.
 */
export function problemOfZodIssue(issue: ZodIssue): Problem<ProblemCode> {
  if (isProblemCode(issue.message)) return wordProblem(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      return problem('VALUE_WRONG_TYPE', { expected: issue.expected });
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_format':
      return problem('FORMAT_INVALID', { format: issue.format });
    case 'not_multiple_of':
      return problem('NOT_MULTIPLE_OF', { divisor: Number(issue.divisor) });
    case 'invalid_value':
      return problem('VALUE_NOT_ALLOWED', { values: issue.values.map((value) => String(value)) });
    case 'unrecognized_keys':
      return problem('UNKNOWN_FIELDS', { keys: issue.keys });
    case 'invalid_union': {
      // A discriminated union names the values its discriminator takes (a rule's kinds).
      const options = (issue as { options?: unknown[] }).options;
      return options?.length
        ? problem('VALUE_NOT_ALLOWED', { values: options.map((option) => String(option)) })
        : problem('NO_MATCHING_FORM');
    }
    case 'invalid_key':
      return problem('KEY_INVALID');
    case 'invalid_element':
      return problem('ELEMENT_INVALID');
    default: {
      const params = (issue as { params?: { problem?: unknown; values?: unknown } }).params;
      return isProblemCode(params?.problem)
        ? wordProblem(params.problem, params.values)
        : problem('VALUE_INVALID');
    }
  }
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): Problem<ProblemCode> {
  const limit = Number(issue.minimum);
  switch (issue.origin) {
    case 'number':
    case 'int':
    case 'bigint':
      return problem('NUMBER_TOO_SMALL', { limit, inclusive: issue.inclusive !== false });
    case 'string':
      return limit <= 1 ? problem('TEXT_EMPTY') : problem('TEXT_TOO_SHORT', { limit });
    case 'array':
    case 'set':
      return problem('LIST_TOO_SHORT', { limit });
    default:
      return problem('VALUE_TOO_SMALL', { limit: bound(issue.minimum) });
  }
}

function tooBig(issue: z.core.$ZodIssueTooBig): Problem<ProblemCode> {
  const limit = Number(issue.maximum);
  switch (issue.origin) {
    case 'number':
    case 'int':
    case 'bigint':
      return problem('NUMBER_TOO_BIG', { limit, inclusive: issue.inclusive !== false });
    case 'string':
      return problem('TEXT_TOO_LONG', { limit });
    case 'array':
    case 'set':
      return problem('LIST_TOO_LONG', { limit });
    default:
      return problem('VALUE_TOO_BIG', { limit: bound(issue.maximum) });
  }
}

const bound = (value: number | bigint | Date) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
