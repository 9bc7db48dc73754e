import type { RuleKind } from '@chiso/scoring';
import type { ComponentType } from 'react';
import { bestInCohort } from './best-in-cohort/index.ts';
import { cappedCount } from './capped-count/index.ts';
import { choice } from './choice/index.ts';
import { manual } from './manual/index.ts';
import { ratio } from './ratio/index.ts';
import { share } from './share/index.ts';
import { steps } from './steps/index.ts';
import type { InputProps, RuleKindUi } from './types.ts';
import { yesNo } from './yes-no/index.ts';

/**
 * The console's side of every rule kind, one folder each. `satisfies` makes a kind added to
 * @chiso/scoring's registry fail typecheck here until it has its folder (and catches a folder
 * filed under another kind's name).
 */
export const RULE_KIND_UIS = {
  yesNo,
  ratio,
  share,
  steps,
  cappedCount,
  choice,
  bestInCohort,
  manual,
} satisfies { [K in RuleKind]: { Input: ComponentType<InputProps<K>> } };

type Uis = typeof RULE_KIND_UIS;
/** A kind's draft fields, as its folder declares them. */
export type DraftFieldsOf<K extends RuleKind> = ReturnType<Uis[K]['draft']['empty']>;

/** The console's side of one kind, typed for that kind. */
export function ruleKindUi<K extends RuleKind>(kind: K): RuleKindUi<K, DraftFieldsOf<K>> {
  return RULE_KIND_UIS[kind] as unknown as RuleKindUi<K, DraftFieldsOf<K>>;
}
