/**
 * One unit's published result as a report: its total and rank, each category's points, level and
 * rank, each criteria group's points, and why it is not ranked where it is not. The figures are the
 * ranking's and the comparison matrix's (what `groupRanking` and `comparisonMatrix` answer).
 */
import type { LocalizedText } from '@chiso/scoring';
import type { Context } from '../../context.ts';
import { notFound } from '../../errors.ts';
import type { UnitView } from '../comparisons/cohort.ts';
import { comparisonMatrix } from '../comparisons/matrix.ts';
import { groupRanking } from '../comparisons/ranking.ts';
import { notPublished, type ReportFacts, type ReportScope, reportFacts } from './facts.ts';
import { whyNotRanked } from './period-report.ts';

export interface UnitReport extends ReportFacts {
  unit: UnitView;
  /** By total among the group's units ranked in every category; null when not ranked overall. */
  rank: number | null;
  rankedOverall: number;
  cohortSize: number;
  /** Hundredths. */
  points: number;
  maxPoints: number;
  categories: Array<{
    code: string;
    name: LocalizedText;
    points: number;
    maxPoints: number;
    level: number | null;
    rank: number | null;
    /** The category's criteria groups, in document order. */
    groups: Array<{ code: string; name: LocalizedText; points: number; maxPoints: number }>;
  }>;
  /** Why the unit is not ranked (empty when it is ranked in every category). */
  notRanked: LocalizedText[];
}

export async function unitReport(
  context: Context,
  input: ReportScope & { unitId: string },
): Promise<UnitReport> {
  const cohort = { periodId: input.periodId, unitGroupId: input.unitGroupId, setCode: input.setCode ?? null };
  const [facts, ranking, matrix] = await Promise.all([
    reportFacts(context, input),
    groupRanking(context, { ...cohort, by: 'TOTAL' }),
    comparisonMatrix(context, { ...cohort, nodeKind: 'GROUP' }),
  ]);
  if (ranking.entries.length === 0) throw notPublished();
  const entry = ranking.entries.find((candidate) => candidate.unit.id === input.unitId);
  if (!entry) {
    throw notFound({ vi: 'kết quả đã công bố của đơn vị này', en: 'a published result of this unit' });
  }
  const named = (code: string): LocalizedText => ranking.groupName(code) ?? { vi: code, en: code };
  // A unit published without a score (not submitted) has no row in the matrix: no group points.
  const row = matrix.rows.find((candidate) => candidate.unit.id === input.unitId);
  const groups = matrix.columns.flatMap((column, index) => {
    const cell = row?.cells[index];
    return cell ? [{ column, cell }] : [];
  });
  return {
    ...facts,
    unit: entry.unit,
    rank: entry.rank,
    rankedOverall: ranking.entries.filter((candidate) => candidate.rank !== null).length,
    cohortSize: ranking.cohortSize,
    points: entry.points,
    maxPoints: entry.maxPoints,
    categories: entry.categories.map((category) => ({
      code: category.code,
      name: named(category.code),
      points: category.points,
      maxPoints: category.maxPoints,
      level: category.level,
      rank: category.rank,
      groups: groups
        .filter(({ column }) => column.parentCode === category.code)
        .map(({ column, cell }) => ({ code: column.code, name: column.name, ...cell })),
    })),
    notRanked: entry.rank === null ? whyNotRanked(entry, named).reasons : [],
  };
}
