import {
  type LevelCondition,
  LevelRule,
  type Locale,
  type LocalizedText,
  problemOfZodIssue,
} from '@chiso/scoring';
import { z } from 'zod';
import type { NumberTextMessages } from '../../../lib/model-fields.ts';
import { numberText, relocaliseNumber } from '../../../lib/numbers.ts';
import { numberOrText } from '../../../rule-kinds/text.ts';

export type ConditionKind = LevelCondition['kind'];

/** One condition while it is typed: thresholds stay text; every kind's fields are kept. */
export interface ConditionDraft {
  kind: ConditionKind;
  group: string;
  groups: string[];
  /** Points for groupPoints, a percentage for the shares. */
  threshold: string;
}

export interface LevelDraft {
  level: number;
  name: LocalizedText;
  conditions: ConditionDraft[];
}

export function toLevelDrafts(levels: readonly LevelRule[], locale: Locale): LevelDraft[] {
  return levels.map((rule) => ({
    level: rule.level,
    name: rule.name ? { ...rule.name } : { vi: '', en: '' },
    conditions: rule.conditions.map((condition) => toConditionDraft(condition, locale)),
  }));
}

function toConditionDraft(condition: LevelCondition, locale: Locale): ConditionDraft {
  switch (condition.kind) {
    case 'groupPoints':
      return {
        kind: 'groupPoints',
        group: condition.group,
        groups: [],
        threshold: numberText(condition.min, locale),
      };
    case 'groupShare':
      return {
        kind: 'groupShare',
        group: condition.group,
        groups: [],
        threshold: numberText(condition.minPercent, locale),
      };
    case 'combinedShare':
      return {
        kind: 'combinedShare',
        group: '',
        groups: [...condition.groups],
        threshold: numberText(condition.minPercent, locale),
      };
  }
}

/** The thresholds re-shown in another language's convention, with the same values. */
export function relocaliseLevelDrafts(drafts: readonly LevelDraft[], from: Locale, to: Locale): LevelDraft[] {
  return drafts.map((draft) => ({
    ...draft,
    conditions: draft.conditions.map((condition) => ({
      ...condition,
      threshold: relocaliseNumber(condition.threshold, from, to),
    })),
  }));
}

export function newCondition(firstGroup: string): ConditionDraft {
  return { kind: 'groupShare', group: firstGroup, groups: [], threshold: '' };
}

/** The next level up (at most Mức 4), with one condition to fill in. */
export function newLevel(existing: readonly LevelDraft[], firstGroup: string): LevelDraft {
  const used = new Set(existing.map((level) => level.level));
  const level = [1, 2, 3, 4].find((candidate) => !used.has(candidate)) ?? 4;
  return { level, name: { vi: '', en: '' }, conditions: [newCondition(firstGroup)] };
}

function conditionJson(condition: ConditionDraft, locale: Locale) {
  const threshold = numberOrText(condition.threshold, locale);
  if (condition.kind === 'groupPoints')
    return { kind: 'groupPoints', group: condition.group, min: threshold };
  if (condition.kind === 'groupShare')
    return { kind: 'groupShare', group: condition.group, minPercent: threshold };
  return { kind: 'combinedShare', groups: condition.groups, minPercent: threshold };
}

/** The levels as `setLevelRules(levels:)` takes them; what is not a number goes as typed. */
function fromLevelDrafts(drafts: readonly LevelDraft[], locale: Locale): unknown[] {
  return drafts.map((draft) => {
    const name = draft.name.vi.trim() || draft.name.en.trim() ? draft.name : undefined;
    return {
      level: draft.level,
      ...(name ? { name } : {}),
      conditions: draft.conditions.map((condition) => conditionJson(condition, locale)),
    };
  });
}

/** "levels[0].conditions[1].minPercent", as the server names the same place. */
const placeOf = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (place, part) => (typeof part === 'number' ? `${place}[${part}]` : `${place}.${String(part)}`),
    'levels',
  );

/**
 * The form's check before saving: the levels as `setLevelRules` takes them must be what the
 * criteria model reads as level rules. Its words come back at the levels, as the server's do.
 */
export function levelRulesValues(refused: NumberTextMessages['refused'], locale: Locale) {
  return z.object({ levels: z.custom<LevelDraft[]>() }).transform((values, context) => {
    const levels = fromLevelDrafts(values.levels, locale);
    const checked = z.array(LevelRule).safeParse(levels);
    if (checked.success) return { levels };
    const problems = checked.error.issues.map((issue) => ({
      ...problemOfZodIssue(issue),
      field: placeOf(issue.path),
    }));
    context.addIssue({ code: 'custom', path: ['levels'], message: refused(problems) });
    return z.NEVER;
  });
}
