import { Criterion, type Locale, RULE_KINDS, type RuleKind } from '@chiso/scoring';
import { z } from 'zod';
import { type NumberTextMessages, numberText, textCheckedBy } from '../../../lib/model-fields.ts';

/** A new node's fields as typed. */
export interface AddNodeValues {
  code: string;
  nameVi: string;
  nameEn: string;
  maxPoints: string;
  ruleKind: RuleKind;
}

/**
 * What the form checks before sending: the code and maximum as the criteria model takes them
 * (the maximum read as the console's language writes numbers). The names, and where the node fits, are the server's to check.
 */
export function addNodeValues(messages: NumberTextMessages, locale: Locale) {
  return z.object({
    code: textCheckedBy(Criterion.shape.code, messages.refused),
    nameVi: z.string(),
    nameEn: z.string(),
    maxPoints: numberText(Criterion.shape.maxPoints, messages, locale),
    ruleKind: z.enum(RULE_KINDS as [RuleKind, ...RuleKind[]]),
  });
}
