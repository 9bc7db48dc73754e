import { CriteriaSet, RULE_KINDS, Rule, scoredNodes } from '@chiso/scoring';
import { describe, expect, it } from 'vitest';
import { starterRule } from '../features/criteria/components/draft.ts';
import { toInputValue, toRawInput } from '../lib/scoring.ts';
import { sampleDocument } from '../test/sample-set.ts';
import { fromRuleDraft, toRuleDraft } from './draft.ts';
import { RULE_KIND_UIS } from './registry.ts';

const set = CriteriaSet.parse(sampleDocument);

describe('rule kinds in the console', () => {
  it('has a folder for every kind the scorer knows, in its order', () => {
    expect(Object.keys(RULE_KIND_UIS)).toEqual(RULE_KINDS);
  });

  it('gives back every rule it is handed, unchanged, through the editor draft', () => {
    for (const { rule } of scoredNodes(set))
      for (const locale of ['vi', 'en'] as const)
        expect(Rule.parse(fromRuleDraft(toRuleDraft(rule, locale), locale))).toEqual(rule);
  });

  it('starts every kind with a rule that parses', () => {
    const name = { vi: 'Tiêu chí mới', en: 'New criterion' };
    for (const kind of RULE_KINDS)
      expect(Rule.safeParse(starterRule(kind, name, 2)).success, kind).toBe(true);
  });

  it('shows a stored value as the text that reads back as it', () => {
    const stored: Record<string, unknown> = {
      share: 57.5,
      manual: 1.25,
      yesNo: false,
      ratio: { numerator: 3, denominator: 4 },
      cappedCount: 3,
      choice: 'deputy',
      steps: 2,
    };
    for (const { rule } of scoredNodes(set)) {
      const value = stored[rule.kind];
      if (value === undefined) continue;
      for (const locale of ['vi', 'en'] as const)
        expect(toInputValue(rule, toRawInput(rule, value, locale), locale), rule.kind).toEqual(value);
    }
  });
});
