import { checkRuleInput, type ScoredNode } from '@chiso/scoring';
import type { FieldIssue } from '../../errors.ts';

/**
 * Checks a reported value against its node's rule kind before it is stored, with a message a
 * person can act on. The engine would score a bad value 0 with a finding; the API refuses it
 * instead, so a typo never silently costs a unit its points. What is valid for each kind is said
 * by that kind's module in @chiso/scoring.
 */
export function checkInput(node: ScoredNode, value: unknown): FieldIssue | undefined {
  const problem = checkRuleInput(node.rule, value, { max: node.max });
  if (!problem) return undefined;
  const { vi, en } = problem.messages;
  // The node's code leads the message: the summary of a refused save lists several nodes.
  return {
    path: node.path,
    code: problem.code,
    messages: { vi: `${node.code}: ${vi}`, en: `${node.code}: ${en}` },
  };
}
