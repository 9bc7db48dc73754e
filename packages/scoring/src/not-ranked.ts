import type { LocalizedText } from './model/text.ts';
import type { ConditionOutcome } from './result.ts';

/**
 * Why a unit has no rank (không được xếp hạng), in a category or overall. The list is open: a
 * reason from outside the scoring (a caller that knows the unit did not submit, say) is one more
 * code here with its words in NOT_RANKED_TEXT, and then passed in through `ScoreOptions.notRanked`.
 */
export const NOT_RANKED_CODES = [
  /** The category's lowest level (Mức) is not reached: `conditions` are what failed. */
  'LEVEL_NOT_REACHED',
  /** Overall: the unit is not ranked in `category`, so it has no rank by total (không xếp hạng chung). */
  'NOT_RANKED_IN_CATEGORY',
] as const;
export type NotRankedCode = (typeof NOT_RANKED_CODES)[number];

export interface NotRankedReason {
  code: NotRankedCode;
  /** The category concerned (the two codes above); absent for reasons about the whole unit. */
  category?: string;
  /** LEVEL_NOT_REACHED: the conditions of the lowest level that failed. */
  conditions?: ConditionOutcome[];
  /** Detail a caller adds to its own reason ("nộp ngày 20/01/2022, sau hạn 15/01/2022"). */
  note?: LocalizedText;
}

/** The headline of each reason; LEVEL_NOT_REACHED and NOT_RANKED_IN_CATEGORY add their particulars. */
export const NOT_RANKED_TEXT: Record<NotRankedCode, LocalizedText> = {
  LEVEL_NOT_REACHED: {
    vi: 'Không đạt điểm tối thiểu của mức thấp nhất',
    en: 'The lowest level’s minimums are not reached',
  },
  NOT_RANKED_IN_CATEGORY: {
    vi: 'Không được xếp hạng ở hạng mục',
    en: 'Not ranked in the category',
  },
};

/** Codes the scoring derives from the categories; every other code is a caller's and unranks everywhere. */
const DERIVED: ReadonlySet<NotRankedCode> = new Set(['LEVEL_NOT_REACHED', 'NOT_RANKED_IN_CATEGORY']);

/** The reasons that came from outside the scoring (they hold in every category and overall). */
export function externalReasons(reasons: readonly NotRankedReason[] | undefined): NotRankedReason[] {
  return (reasons ?? []).filter((reason) => !DERIVED.has(reason.code));
}

/** What a category's standing needs for the rule: its level, and the failing conditions when it has none. */
export interface CategoryStandingFacts {
  code: string;
  /** null: not ranked; undefined: the category has no level rules (ranked on points alone). */
  level: number | null | undefined;
  conditions?: readonly ConditionOutcome[] | null;
}

/** Why a unit has no rank in one category: the caller's reasons, then the level not reached. */
export function categoryNotRanked(
  category: CategoryStandingFacts,
  external: readonly NotRankedReason[],
): NotRankedReason[] {
  const reasons = [...external];
  if (category.level === null) {
    reasons.push({
      code: 'LEVEL_NOT_REACHED',
      category: category.code,
      conditions: [...(category.conditions ?? [])],
    });
  }
  return reasons;
}

/**
 * Why a unit has no overall rank: the caller's reasons, then each category it is not ranked in —
 * the overall ranking holds only units ranked in every category.
 */
export function unitNotRanked(
  categories: readonly CategoryStandingFacts[],
  external: readonly NotRankedReason[],
): NotRankedReason[] {
  return [
    ...external,
    ...categories
      .filter((category) => category.level === null)
      .map((category): NotRankedReason => ({ code: 'NOT_RANKED_IN_CATEGORY', category: category.code })),
  ];
}
