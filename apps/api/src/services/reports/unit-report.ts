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
import { planProgress } from '../plans/progress.ts';
import { nextLevelPathsOf } from '../results/next-level.ts';
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
  /** The least it must gain to reach the next level, per category ranked into levels (explained). */
  nextLevels: LocalizedText[];
  /** The unit's improvement plan that starts from this period, if it has one. */
  plan: {
    status: string;
    targetPeriod: string;
    targets: number;
    met: number;
    gains: Array<{ set: LocalizedText; category: LocalizedText; planned: number; achieved: number }>;
  } | null;
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
  const [nextLevels, plan] = await Promise.all([
    nextLevelPathsOf(context, entry.assessmentId).then((paths) => paths.map((path) => path.explanation)),
    planOf(context, input.unitId, input.periodId),
  ]);
  return {
    ...facts,
    nextLevels,
    plan,
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

/** The plan whose base is this period (the next period's targets), with its gains so far. */
async function planOf(context: Context, unitId: string, periodId: string): Promise<UnitReport['plan']> {
  const plan = await context.db.improvementPlan.findFirst({
    where: { unitId, basePeriodId: periodId },
    orderBy: { createdAt: 'desc' },
    include: { targetPeriod: { select: { code: true } } },
  });
  if (!plan) return null;
  const progress = await planProgress(context.db, plan);
  return {
    status: plan.status,
    targetPeriod: plan.targetPeriod.code,
    targets: progress.targets.length,
    met: progress.met,
    gains: progress.gains.map((gain) => ({
      set: gain.set.name,
      category: gain.categoryName,
      planned: gain.planned,
      achieved: gain.achieved,
    })),
  };
}
