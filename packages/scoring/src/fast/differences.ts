import { externalReasons } from '../not-ranked.ts';
import { rankResults } from '../rank.ts';
import type { UnitResult } from '../result.ts';
import { type FlatCohortScores, LEVEL_NOT_REACHED, NO_LEVEL_RULES } from './evaluate.ts';

/** Not-ranked reasons as comparable words: "NOT_SUBMITTED", "NOT_RANKED_IN_CATEGORY:SS". */
const words = (reasons: ReadonlyArray<{ code: string; category?: string | undefined }>) =>
  reasons.map((reason) => (reason.category ? `${reason.code}:${reason.category}` : reason.code)).join(',');

/**
 * Where the compiled path disagrees with the tree engine (`scoreCohort`, then `rankResults`) on the
 * same cohort: totals, maxima, category points, levels, not-ranked reasons and ranks. One line per
 * difference; none when they agree.
 */
export function flatDifferences(scores: FlatCohortScores, tree: readonly UnitResult[]): string[] {
  const { flat, members } = scores.cohort;
  const size = members.length;
  const differences: string[] = [];
  const differ = (member: number, what: string, expected: unknown, actual: unknown) => {
    if (expected !== actual) differences.push(`${members[member]?.unitId} ${what}: ${expected} ≠ ${actual}`);
  };
  if (tree.length !== members.length) return [`${tree.length} tree results for ${members.length} members`];
  const ranked = rankResults(tree, (result) => result);
  tree.forEach((result, m) => {
    differ(m, 'points', result.points, scores.points[m]);
    differ(m, 'maxPoints', result.maxPoints, scores.maxPoints[m]);
    differ(m, 'rank', ranked[m]?.rank ?? null, scores.rank[m] || null);
    const external = externalReasons(members[m]?.notRanked);
    const unitReasons = [...external];
    result.categories.forEach((category, c) => {
      const node = flat.categories[c] as number;
      const at = c * size + m;
      differ(
        m,
        `${category.code} points`,
        category.points,
        scores.innerPoints[(flat.innerOf[node] as number) * size + m],
      );
      const level = scores.levels[at];
      differ(
        m,
        `${category.code} level`,
        category.level?.level,
        level === NO_LEVEL_RULES ? undefined : level === LEVEL_NOT_REACHED ? null : level,
      );
      const reasons = [...external];
      if (level === LEVEL_NOT_REACHED) {
        reasons.push({ code: 'LEVEL_NOT_REACHED', category: category.code });
        unitReasons.push({ code: 'NOT_RANKED_IN_CATEGORY', category: category.code });
      }
      differ(m, `${category.code} not ranked`, words(category.notRanked ?? []), words(reasons));
      differ(
        m,
        `${category.code} rank`,
        ranked[m]?.categories.get(category.code) ?? null,
        scores.categoryRank[at] || null,
      );
    });
    differ(m, 'not ranked', words(result.notRanked), words(unitReasons));
  });
  return differences;
}
