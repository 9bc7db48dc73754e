import { hasAtMostTwoDecimals } from '@chiso/scoring';
import type { FieldIssue } from '../../errors.ts';
import type { ScoredNode } from './criteria.ts';

/**
 * Checks a reported value against its node's rule kind before it is stored, with a message a
 * person can act on. The engine would score a bad value 0 with a finding; the API refuses it
 * instead, so a typo never silently costs a unit its points.
 */
export function checkInput(node: ScoredNode, value: unknown): FieldIssue | undefined {
  const problem = inputProblem(node, value);
  return problem ? { path: node.path, message: `${node.code}: ${problem}` } : undefined;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function inputProblem(node: ScoredNode, value: unknown): string | undefined {
  const { rule } = node;
  switch (rule.kind) {
    case 'yesNo':
      return typeof value === 'boolean' ? undefined : 'answer yes or no (true or false)';
    case 'share':
      if (!isNumber(value)) return 'share must be a number (a percentage)';
      return value < 0 || value > 100 ? `share must be between 0 and 100 (got ${value})` : undefined;
    case 'ratio': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return 'give the ratio as { numerator, denominator }';
      }
      const { numerator, denominator, ...rest } = value as Record<string, unknown>;
      if (Object.keys(rest).length > 0) return `unexpected field ${Object.keys(rest).join(', ')}`;
      if (!isNumber(numerator) || numerator < 0) return 'numerator must be a number ≥ 0';
      if (!isNumber(denominator) || denominator < 0) return 'denominator must be a number ≥ 0';
      return numerator > denominator
        ? `numerator (${numerator}) cannot be more than denominator (${denominator})`
        : undefined;
    }
    case 'steps':
      return isNumber(value) ? undefined : 'value must be a number';
    case 'cappedCount':
      return Number.isSafeInteger(value) && (value as number) >= 0
        ? undefined
        : 'count must be a whole number ≥ 0';
    case 'choice':
      return rule.options.some((option) => option.value === value)
        ? undefined
        : `answer must be one of: ${rule.options.map((option) => option.value).join(', ')}`;
    case 'bestInCohort':
      return isNumber(value) && value >= 0 ? undefined : 'value must be a number ≥ 0';
    case 'manual':
      if (!isNumber(value) || value < 0 || !hasAtMostTwoDecimals(value) || value * 100 > node.max) {
        return `points must be between 0 and ${node.max / 100} with at most two decimals`;
      }
      return undefined;
  }
}
