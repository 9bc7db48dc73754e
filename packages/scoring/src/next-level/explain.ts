import { formatNumber, formatPoints } from '../format.ts';
import type { Rule } from '../model/rules.ts';
import type { LocalizedText } from '../model/text.ts';
import { words } from '../problems/template.ts';
import type { InputValue } from '../rules/outcome.ts';
import type { GroupGain, NextLevelPath, PathStep } from './path.ts';

/** PATH: a plan exists; TOP: already at the highest level; UNREACHABLE: not even full points reach it. */
export type PathStatus = 'PATH' | 'TOP' | 'UNREACHABLE';

/** What weighed the search: points alone, effort the caller gave, or the effort the Sở stored. */
export type EffortSource = 'points' | 'given' | 'stored';

const vi = (hundredths: number) => formatPoints(hundredths, 'vi');
const en = (hundredths: number) => formatPoints(hundredths, 'en');
const viCriteria = (labels: readonly string[]) => `tiêu chí ${labels.join(', ')}`;
const enCriteria = (labels: readonly string[]) =>
  `${labels.length > 1 ? 'criteria' : 'criterion'} ${labels.join(', ')}`;

/**
 * The sentences of a path, by its status code, worded like the problem catalogue: one template, the
 * numbers written the way each language writes them (vi-VN "3,20").
 */
const PATH_TEXT = {
  TOP: words<{ category: string; level: number | null }>(
    ({ category, level }) => `${category}: đã ở mức cao nhất${level === null ? '' : ` (Mức ${level})`}.`,
    ({ category, level }) =>
      `${category}: already at the highest level${level === null ? '' : ` (Level ${level})`}.`,
  ),
  UNREACHABLE: words<{ category: string; target: number }>(
    ({ category, target }) => `${category}: không thể lên Mức ${target} kể cả khi đạt tối đa mọi tiêu chí.`,
    ({ category, target }) =>
      `${category}: Level ${target} cannot be reached even with every criterion at its maximum.`,
  ),
  PATH: words<{
    category: string;
    target: number;
    gain: number;
    groups: readonly GroupGain[];
    stored: boolean;
  }>(
    ({ category, target, gain, groups, stored }) =>
      `Để lên Mức ${target} ở ${category}${stored ? ' (theo mức công sức do Sở đặt)' : ''}: ${groups
        .map(
          (group) =>
            `cần thêm ${vi(group.target - group.points)} điểm ở ${group.name.vi}: ${viCriteria(group.criteria)}`,
        )
        .join('; ')}. Tổng cộng ${vi(gain)} điểm.`,
    ({ category, target, gain, groups, stored }) =>
      `To reach Level ${target} in ${category}${stored ? ' (weighted by the effort the Sở set)' : ''}: ${groups
        .map(
          (group) =>
            `${en(group.target - group.points)} more points in ${group.name.en}: ${enCriteria(group.criteria)}`,
        )
        .join('; ')}. ${en(gain)} points in all.`,
  ),
};

/** The path's summary sentence and one line per step, in Vietnamese and English. */
export function explainPath(path: Omit<NextLevelPath, 'explanation' | 'lines'>): {
  explanation: LocalizedText;
  lines: LocalizedText[];
} {
  const text = (locale: 'vi' | 'en') => {
    const category = path.category.name[locale];
    if (path.status === 'TOP') return PATH_TEXT.TOP[locale]({ category, level: path.level });
    if (path.status === 'UNREACHABLE')
      return PATH_TEXT.UNREACHABLE[locale]({ category, target: path.target ?? 0 });
    return PATH_TEXT.PATH[locale]({
      category,
      target: path.target ?? 0,
      gain: path.gain,
      groups: path.groups,
      stored: path.effortSource === 'stored',
    });
  };
  return {
    explanation: { vi: text('vi'), en: text('en') },
    lines: path.steps.map(stepLine),
  };
}

/** "Tiêu chí 12 — Tường lửa: 0,00 → 1,00 điểm (Có)". */
function stepLine(step: PathStep): LocalizedText {
  const label = (locale: 'vi' | 'en') => {
    const criterion = `${locale === 'vi' ? 'Tiêu chí' : 'Criterion'} ${step.criterion.number ?? step.criterion.code}`;
    const name =
      step.code === step.criterion.code
        ? step.name[locale]
        : `${step.criterion.name[locale]} / ${step.name[locale]}`;
    return `${criterion} — ${name}`;
  };
  const how = step.how;
  return {
    vi: `${label('vi')}: ${vi(step.points)} → ${vi(step.target)} điểm (${how.vi})`,
    en: `${label('en')}: ${en(step.points)} → ${en(step.target)} points (${how.en})`,
  };
}

/** What to report to get there, in the rule's own terms ("Tỷ lệ % ≥ 50"). */
export function inputText(
  step: { input?: InputValue | undefined; target: number },
  rule: Rule | undefined,
): LocalizedText {
  const { input } = step;
  if (input === undefined || !rule) {
    return { vi: `điểm thẩm định ${vi(step.target)}`, en: `reviewed points ${en(step.target)}` };
  }
  const number = (value: number) => ({ vi: formatNumber(value, 'vi'), en: formatNumber(value, 'en') });
  const atLeast = (measure: LocalizedText, value: InputValue) => {
    const shown = typeof value === 'number' ? number(value) : { vi: String(value), en: String(value) };
    return { vi: `${measure.vi} ≥ ${shown.vi}`, en: `${measure.en} ≥ ${shown.en}` };
  };
  switch (rule.kind) {
    case 'yesNo':
      return { vi: 'Có', en: 'Yes' };
    case 'choice': {
      const option = rule.options.find((candidate) => candidate.value === input);
      return option ? { ...option.label } : { vi: String(input), en: String(input) };
    }
    case 'steps':
    case 'share':
    case 'bestInCohort':
      return atLeast(rule.measure, input);
    case 'cappedCount': {
      const count = number(Number(input));
      return { vi: `≥ ${count.vi} ${rule.item.vi}`, en: `≥ ${count.en} × ${rule.item.en}` };
    }
    case 'manual':
      return { vi: `chấm ${vi(step.target)} điểm`, en: `${en(step.target)} points awarded` };
    case 'ratio': {
      const parts = input as { numerator: number; denominator: number };
      const numerator = number(parts.numerator);
      const denominator = number(parts.denominator);
      return {
        vi: `${rule.numerator.vi} ÷ ${rule.denominator.vi} ≥ ${numerator.vi}/${denominator.vi}`,
        en: `${rule.numerator.en} ÷ ${rule.denominator.en} ≥ ${numerator.en}/${denominator.en}`,
      };
    }
  }
}
