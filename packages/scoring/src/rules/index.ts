import type { Hundredths } from '../decimal.ts';
import type { Rule, RuleKind } from '../model/rules.ts';
import type { Locale } from '../model/text.ts';
import type { InputProblem, RuleIssue, RuleKindModule } from './kind.ts';
import type { InputValue, RuleContext, RuleOutcome } from './outcome.ts';
import { RULE_KIND_MODULES } from './registry.ts';

// Each module is typed for its own rule; looked up by kind, it is handed only rules of that kind.
const modules = new Map<RuleKind, RuleKindModule>(
  RULE_KIND_MODULES.map((module) => [module.kind as RuleKind, module as unknown as RuleKindModule]),
);

function moduleOf(rule: Rule): RuleKindModule {
  const module = modules.get(rule.kind);
  if (!module) throw new Error(`unknown rule kind ${rule.kind}`);
  return module;
}

/** Points for one reported value (present: missing values are handled by the caller). */
export function evaluateRule(rule: Rule, value: unknown, context: RuleContext): RuleOutcome {
  return moduleOf(rule).evaluate(rule, value, context);
}

/** Why a reported value may not be stored for a node scored by `rule` with maximum `max`, if it may not. */
export function checkRuleInput(
  rule: Rule,
  value: unknown,
  context: { max: Hundredths },
): InputProblem | undefined {
  return moduleOf(rule).checkInput(rule, value, context);
}

/** One line on how the rule turns the value into points; '' when its kind's name says it all. */
export function describeRule(rule: Rule, locale: Locale = 'vi'): string {
  return moduleOf(rule).describe(rule, locale);
}

/** Mistakes in a rule that only show against its node's maximum. */
export function ruleIssues(rule: Rule, max: Hundredths): RuleIssue[] {
  return moduleOf(rule).checkRule?.(rule, max) ?? [];
}

export function usesCohortBest(rule: Rule): boolean {
  return moduleOf(rule).usesCohortBest === true;
}

export function sampleInput(
  rule: Rule,
  context: { maxPoints: number; level: number; random: () => number },
): InputValue {
  return moduleOf(rule).sample(rule, context);
}
