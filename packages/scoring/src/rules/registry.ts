import { bestInCohort } from './best-in-cohort.ts';
import { cappedCount } from './capped-count.ts';
import { choice } from './choice.ts';
import { manual } from './manual.ts';
import { ratio } from './ratio.ts';
import { share } from './share.ts';
import { steps } from './steps.ts';
import { yesNo } from './yes-no.ts';

/**
 * Every rule kind, one module each. The order is the order editors offer them in and the order of
 * the criteria-set JSON schema; a new kind is one module here and one folder in the console
 * (apps/admin/src/rule-kinds).
 */
export const RULE_KIND_MODULES = [
  yesNo,
  ratio,
  share,
  steps,
  cappedCount,
  choice,
  bestInCohort,
  manual,
] as const;
