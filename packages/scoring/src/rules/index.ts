import type { Rule, RuleKind, RuleOf } from '../model/rules.ts';
import { scoreBestInCohort } from './best-in-cohort.ts';
import { scoreCappedCount } from './capped-count.ts';
import { scoreChoice } from './choice.ts';
import { scoreManual } from './manual.ts';
import type { RuleContext, RuleOutcome } from './outcome.ts';
import { scoreRatio } from './ratio.ts';
import { scoreShare } from './share.ts';
import { scoreSteps } from './steps.ts';
import { scoreYesNo } from './yes-no.ts';

type Evaluator<K extends RuleKind> = (rule: RuleOf<K>, value: unknown, context: RuleContext) => RuleOutcome;

const evaluators: { [K in RuleKind]: Evaluator<K> } = {
  yesNo: scoreYesNo,
  ratio: scoreRatio,
  share: scoreShare,
  steps: scoreSteps,
  cappedCount: scoreCappedCount,
  choice: scoreChoice,
  bestInCohort: scoreBestInCohort,
  manual: scoreManual,
};

/** Points for one reported value (present: missing values are handled by the caller). */
export function evaluateRule(rule: Rule, value: unknown, context: RuleContext): RuleOutcome {
  return (evaluators[rule.kind] as Evaluator<RuleKind>)(rule, value, context);
}
