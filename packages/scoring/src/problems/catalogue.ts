import { CRITERIA_PROBLEMS } from './catalogue/criteria.ts';
import { EFFORT_PROBLEMS } from './catalogue/efforts.ts';
import { INPUT_PROBLEMS } from './catalogue/inputs.ts';
import { PLAN_PROBLEMS } from './catalogue/plans.ts';
import { SCHEMA_PROBLEMS } from './catalogue/schema.ts';
import { SERVICE_PROBLEMS } from './catalogue/services.ts';
import type { Problem, Template } from './template.ts';

/**
 * Every problem a person can be shown, by stable code: clients key on the code, people read the
 * message in their language. A code is added here (in its area's file), never renamed.
 */
export const PROBLEMS = {
  ...SCHEMA_PROBLEMS,
  ...INPUT_PROBLEMS,
  ...CRITERIA_PROBLEMS,
  ...SERVICE_PROBLEMS,
  ...PLAN_PROBLEMS,
  ...EFFORT_PROBLEMS,
};

export type ProblemCode = keyof typeof PROBLEMS;
export type ProblemParams<C extends ProblemCode> = (typeof PROBLEMS)[C] extends Template<infer P> ? P : never;
/** The codes a schema can name on its own (see `problemFlag`): their wording needs no params. */
export type PlainProblemCode = { [C in ProblemCode]: ProblemParams<C> extends void ? C : never }[ProblemCode];

export const PROBLEM_CODES = Object.keys(PROBLEMS) as ProblemCode[];

export const isProblemCode = (value: unknown): value is ProblemCode =>
  typeof value === 'string' && Object.hasOwn(PROBLEMS, value);

/** The problem `code` with its messages worded from `params`; `field` names the part at fault. */
export function problem<C extends ProblemCode>(
  code: C,
  ...[params, field]: ProblemParams<C> extends void
    ? [params?: undefined, field?: string]
    : [params: ProblemParams<C>, field?: string]
): Problem<C> {
  return wordProblem(code, params, field);
}

/** `problem` without the params' types, for codes known only at run time (a flag read back from zod). */
export function wordProblem<C extends ProblemCode>(code: C, params?: unknown, field?: string): Problem<C> {
  const template = PROBLEMS[code] as Template<unknown>;
  const messages = { vi: template.vi(params), en: template.en(params) };
  return field === undefined ? { code, messages } : { code, field, messages };
}

/**
 * A zod check or refinement that names its problem instead of an English message:
 * `z.string().regex(re, problemFlag('PERIOD_CODE_FORMAT'))`; `problemOfZodIssue` reads it back.
 */
export const problemFlag = (code: PlainProblemCode) => ({ error: code });

/**
 * A refinement whose problem needs params, e.g.
 * `z.string().refine(isGroupId, problemRefinement('ID_NOT_OF_TYPE', { typename: 'UnitGroup' }))`.
 */
export const problemRefinement = <C extends ProblemCode>(code: C, values: ProblemParams<C>) => ({
  params: { problem: code, values },
});
