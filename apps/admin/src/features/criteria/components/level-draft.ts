import type { LevelCondition, LevelRule, LocalizedText } from '@chiso/scoring';
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
  /** Identifies the level in the form while its number is being changed. */
  key: string;
  level: number;
  name: LocalizedText;
  conditions: ConditionDraft[];
}

let drafted = 0;
const nextKey = () => `level-${++drafted}`;

export function toLevelDrafts(levels: readonly LevelRule[]): LevelDraft[] {
  return levels.map((rule) => ({
    key: nextKey(),
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
  return { key: nextKey(), level, name: { vi: '', en: '' }, conditions: [newCondition(firstGroup)] };
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
export function fromLevelDrafts(drafts: readonly LevelDraft[]): unknown[] {
  return drafts.map((draft) => {
    const name = draft.name.vi.trim() || draft.name.en.trim() ? draft.name : undefined;
    return {
      level: draft.level,
      ...(name ? { name } : {}),
      conditions: draft.conditions.map(conditionJson),
    };
  });
}
