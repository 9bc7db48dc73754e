export {
  isProblemCode,
  type PlainProblemCode,
  PROBLEM_CODES,
  PROBLEMS,
  type ProblemCode,
  type ProblemParams,
  problem,
  problemFlag,
  problemRefinement,
} from './catalogue.ts';
export { englishWordsIn } from './english.ts';
export type { Problem } from './template.ts';
export { problemOfZodIssue } from './zod.ts';
