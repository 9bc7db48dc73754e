import { type LevelCondition, LevelRule, type LocalizedText, problemOfZodIssue } from '@chiso/scoring';
import { z } from 'zod';
import type { NumberTextMessages } from '../../../lib/model-fields.ts';
import { parseNumber } from '../../../lib/scoring.ts';

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

export function toLevelDrafts(levels: readonly LevelRule[]): LevelDraft[] {
  return levels.map((rule) => ({
    level: rule.level,
    name: rule.name ? { ...rule.name } : { vi: '', en: '' },
    conditions: rule.conditions.map(toConditionDraft),
  }));
}

function toConditionDraft(condition: LevelCondition): ConditionDraft {
  switch (condition.kind) {
    case 'groupPoints':
      return { kind: 'groupPoints', group: condition.group, groups: [], threshold: String(condition.min) };
    case 'groupShare':
      return {
        kind: 'groupShare',
        group: condition.group,
        groups: [],
        threshold: String(condition.minPercent),
      };
    case 'combinedShare':
      return {
        kind: 'combinedShare',
        group: '',
        groups: [...condition.groups],
        threshold: String(condition.minPercent),
      };
  }
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

const numberOrText = (text: string): number | string => {
  const value = parseNumber(text);
  return value === null || Number.isNaN(value) ? text : value;
};

function conditionJson(condition: ConditionDraft) {
  const threshold = numberOrText(condition.threshold);
  if (condition.kind === 'groupPoints')
    return { kind: 'groupPoints', group: condition.group, min: threshold };
  if (condition.kind === 'groupShare')
    return { kind: 'groupShare', group: condition.group, minPercent: threshold };
  return { kind: 'combinedShare', groups: condition.groups, minPercent: threshold };
}

/** The levels as `setLevelRules(levels:)` takes them; what is not a number goes as typed. */
function fromLevelDrafts(drafts: readonly LevelDraft[]): unknown[] {
  return drafts.map((draft) => {
    const name = draft.name.vi.trim() || draft.name.en.trim() ? draft.name : undefined;
    return {
      level: draft.level,
      ...(name ? { name } : {}),
      conditions: draft.conditions.map(conditionJson),
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
export function levelRulesValues(refused: NumberTextMessages['refused']) {
  return z.object({ levels: z.custom<LevelDraft[]>() }).transform((values, context) => {
    const levels = fromLevelDrafts(values.levels);
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
