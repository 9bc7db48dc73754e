import {
  checkRuleInput,
  type InputProblem,
  type InputValue,
  type Locale,
  type ScoredNode,
} from '@chiso/scoring';
import { type RawInput, toInputValue } from '../../../lib/scoring.ts';
import { type EntryValue, normalExplanation, type TypedEntry } from './draft.ts';

/** One entry as saveAssessmentEntries takes it. */
export interface EntryToSend {
  nodeCode: string;
  input: InputValue | null;
  explanation: string | null;
}

/** What the server would store for what was typed (numbers read in the console's language). */
export function typedValue(node: Pick<ScoredNode, 'rule'>, typed: TypedEntry, locale: Locale): EntryValue {
  return {
    input: toInputValue(node.rule, typed.raw, locale),
    explanation: normalExplanation(typed.explanation),
  };
}

/**
 * Splits the changed entries into those the server will take and those it would refuse, by the same
 * check it runs (the rule kind's `checkInput` from @chiso/scoring), so one bad field never holds back
 * the others. An empty field clears the value and is always sendable.
 */
export function validEntries(
  nodes: readonly ScoredNode[],
  codes: ReadonlySet<string>,
  raws: Readonly<Record<string, RawInput>>,
  explanations: Readonly<Record<string, string>>,
  locale: Locale,
): { send: EntryToSend[]; problems: Record<string, InputProblem> } {
  const send: EntryToSend[] = [];
  const problems: Record<string, InputProblem> = {};
  for (const node of nodes) {
    if (!codes.has(node.code)) continue;
    const input = toInputValue(node.rule, raws[node.code], locale);
    const problem = input === null ? undefined : checkRuleInput(node.rule, input, { max: node.max });
    if (problem) problems[node.code] = problem;
    else send.push({ nodeCode: node.code, input, explanation: normalExplanation(explanations[node.code]) });
  }
  return { send, problems };
}
