import type { LocalizedText, Rule, RuleKind } from '@chiso/scoring';
import { parseNumber } from '../../lib/scoring.ts';

/**
 * A rule as the editor holds it while it is typed: numbers stay text (so "1,5" and half-typed
 * values survive), and the fields of every kind are kept, so switching kind and back loses nothing.
 */
export interface RuleDraft {
  kind: RuleKind;
  question: LocalizedText;
  guidance: LocalizedText;
  measure: LocalizedText;
  numerator: LocalizedText;
  denominator: LocalizedText;
  zeroDenominator: 'zero' | 'full';
  steps: Array<{ min: string; points: string }>;
  item: LocalizedText;
  pointsPerItem: string;
  options: Array<{ value: string; label: LocalizedText; points: string }>;
}

const blank = (): LocalizedText => ({ vi: '', en: '' });
const numberText = (value: number) => String(value);

export function emptyRuleDraft(kind: RuleKind): RuleDraft {
  return {
    kind,
    question: blank(),
    guidance: blank(),
    measure: blank(),
    numerator: blank(),
    denominator: blank(),
    zeroDenominator: 'zero',
    steps: [{ min: '', points: '' }],
    item: blank(),
    pointsPerItem: '',
    options: [
      { value: 'head', label: blank(), points: '' },
      { value: 'deputy', label: blank(), points: '' },
    ],
  };
}

export function toRuleDraft(rule: Rule | undefined): RuleDraft {
  const draft = emptyRuleDraft(rule?.kind ?? 'yesNo');
  if (!rule) return draft;
  switch (rule.kind) {
    case 'yesNo':
      if (rule.question) draft.question = { ...rule.question };
      break;
    case 'manual':
      if (rule.guidance) draft.guidance = { ...rule.guidance };
      break;
    case 'share':
    case 'bestInCohort':
      draft.measure = { ...rule.measure };
      break;
    case 'ratio':
      draft.numerator = { ...rule.numerator };
      draft.denominator = { ...rule.denominator };
      draft.zeroDenominator = rule.zeroDenominator;
      break;
    case 'steps':
      draft.measure = { ...rule.measure };
      draft.steps = rule.steps.map((step) => ({
        min: numberText(step.min),
        points: numberText(step.points),
      }));
      break;
    case 'cappedCount':
      draft.item = { ...rule.item };
      draft.pointsPerItem = numberText(rule.pointsPerItem);
      break;
    case 'choice':
      draft.options = rule.options.map((option) => ({
        value: option.value,
        label: { ...option.label },
        points: numberText(option.points),
      }));
      break;
  }
  return draft;
}

/** "1,5" → 1.5; anything that is not a number is sent as typed, so the server says what is wrong. */
function numberOrText(text: string): number | string {
  const value = parseNumber(text);
  return value === null || Number.isNaN(value) ? text : value;
}

const optionalText = (text: LocalizedText) =>
  text.vi.trim() || text.en.trim() ? { vi: text.vi, en: text.en } : undefined;

/** The rule of the draft's kind, as JSON for `updateCriteriaNode(patch: {rule})`. */
export function fromRuleDraft(draft: RuleDraft): Record<string, unknown> {
  switch (draft.kind) {
    case 'yesNo': {
      const question = optionalText(draft.question);
      return question ? { kind: 'yesNo', question } : { kind: 'yesNo' };
    }
    case 'manual': {
      const guidance = optionalText(draft.guidance);
      return guidance ? { kind: 'manual', guidance } : { kind: 'manual' };
    }
    case 'share':
    case 'bestInCohort':
      return { kind: draft.kind, measure: draft.measure };
    case 'ratio':
      return {
        kind: 'ratio',
        numerator: draft.numerator,
        denominator: draft.denominator,
        zeroDenominator: draft.zeroDenominator,
      };
    case 'steps':
      return {
        kind: 'steps',
        measure: draft.measure,
        steps: draft.steps.map((step) => ({
          min: numberOrText(step.min),
          points: numberOrText(step.points),
        })),
      };
    case 'cappedCount':
      return { kind: 'cappedCount', item: draft.item, pointsPerItem: numberOrText(draft.pointsPerItem) };
    case 'choice':
      return {
        kind: 'choice',
        options: draft.options.map((option) => ({
          value: option.value,
          label: option.label,
          points: numberOrText(option.points),
        })),
      };
  }
}
