import { ratio } from './decimal.ts';
import { formatPercent, formatPoints } from './format.ts';
import type { Locale, LocalizedText } from './model/text.ts';
import { NOT_RANKED_TEXT, type NotRankedReason } from './not-ranked.ts';
import type { ConditionOutcome, Finding, LevelOutcome, NodeResult } from './result.ts';

/**
 * Sentences for people, in Vietnamese or English, built from structured outcomes — so the CLI,
 * the API and the console say the same thing.
 */
const FINDING_TEXT: Record<Finding['code'], LocalizedText> = {
  MISSING: { vi: 'chưa nhập số liệu, tính 0 điểm', en: 'no input, scored 0' },
  INVALID_INPUT: { vi: 'số liệu không hợp lệ, tính 0 điểm', en: 'invalid input, scored 0' },
  ZERO_DENOMINATOR: { vi: 'mẫu số bằng 0', en: 'denominator is 0' },
  CAPPED: { vi: 'vượt 100 %, tính tối đa', en: 'over 100 %, held at the maximum' },
  COHORT_BEST_UNKNOWN: {
    vi: 'chưa có giá trị cao nhất của nhóm đơn vị, tạm coi đơn vị là cao nhất',
    en: 'cohort best unknown, the unit was taken as the best',
  },
};

export function describeFinding(finding: Finding, locale: Locale = 'vi'): string {
  const text = `${finding.path}: ${FINDING_TEXT[finding.code][locale]}`;
  return finding.problem ? `${text} (${finding.problem.messages[locale]})` : text;
}

type GroupNames = (code: string) => LocalizedText | undefined;

/** "Nhóm Môi trường chính sách: 8,50/20,00 điểm (42,50%), cần tối thiểu 50%" */
export function describeCondition(
  outcome: ConditionOutcome,
  groupName: GroupNames,
  locale: Locale = 'vi',
): string {
  const { condition, points, maxPoints } = outcome;
  const codes = condition.kind === 'combinedShare' ? condition.groups : [condition.group];
  const names = codes.map((code) => groupName(code)?.[locale] ?? code).join(' + ');
  const actual = `${formatPoints(points, locale)}/${formatPoints(maxPoints, locale)} ${locale === 'vi' ? 'điểm' : 'points'} (${formatPercent(ratio(points, maxPoints), locale)})`;
  const required =
    condition.kind === 'groupPoints'
      ? `${formatPoints(Math.round(condition.min * 100), locale)} ${locale === 'vi' ? 'điểm' : 'points'}`
      : formatPercent(condition.minPercent / 100, locale);
  return locale === 'vi'
    ? `${names}: ${actual}, cần tối thiểu ${required}`
    : `${names}: ${actual}, needs at least ${required}`;
}

/** "Mức 3" / "không được xếp hạng: <reasons>" for a category's level outcome. */
export function describeLevel(category: NodeResult, locale: Locale = 'vi'): string | undefined {
  const outcome: LevelOutcome | undefined = category.level;
  if (!outcome) return undefined;
  if (outcome.level !== null) return locale === 'vi' ? `Mức ${outcome.level}` : `Level ${outcome.level}`;
  const groupName: GroupNames = (code) => category.children.find((group) => group.code === code)?.name;
  const reasons = outcome.reasons.map((reason) => describeCondition(reason, groupName, locale)).join('; ');
  return locale === 'vi' ? `Không được xếp hạng — ${reasons}` : `Not ranked — ${reasons}`;
}

/**
 * One not-ranked reason as a sentence: "Không được xếp hạng ở hạng mục Điều kiện sẵn sàng", or the
 * level not reached with the conditions that failed. `nodeName` names categories and groups.
 */
export function describeNotRanked(
  reason: NotRankedReason,
  nodeName: GroupNames,
  locale: Locale = 'vi',
): string {
  const headline = NOT_RANKED_TEXT[reason.code][locale];
  if (reason.code === 'NOT_RANKED_IN_CATEGORY' && reason.category) {
    return `${headline} ${nodeName(reason.category)?.[locale] ?? reason.category}`;
  }
  if (reason.code === 'LEVEL_NOT_REACHED' && reason.conditions && reason.conditions.length > 0) {
    const conditions = reason.conditions.map((outcome) => describeCondition(outcome, nodeName, locale));
    return `${headline}: ${conditions.join('; ')}`;
  }
  return reason.note ? `${headline}: ${reason.note[locale]}` : headline;
}
