/**
 * The published report of a period and unit group as data: every figure comes from the comparison
 * services the API answers with (summary, ranking, weakest criteria), so the DOCX and PDF say what
 * GraphQL says. Nothing here formats or lays out; `document.ts` does.
 */
import { type BlockingGroup, describeNotRanked, type LocalizedText } from '@chiso/scoring';
import type { Context } from '../../context.ts';
import type { CohortMember, UnitView } from '../comparisons/cohort.ts';
import { groupRanking, type RankingEntry } from '../comparisons/ranking.ts';
import { comparisonSummary, type Mover } from '../comparisons/summary.ts';
import { weakestCriteria } from '../comparisons/weakest.ts';
import { notPublished, type ReportFacts, type ReportScope, reportFacts } from './facts.ts';
import { type Recommendation, recommend } from './recommendations.ts';

/** How many criteria the report lists as the weakest. */
const WEAKEST_SHOWN = 10;

interface NamedBlocking extends BlockingGroup {
  categoryName: LocalizedText;
  names: LocalizedText[];
}

interface NotRankedUnit {
  unit: UnitView;
  /** Hundredths. */
  points: number;
  maxPoints: number;
  /** Why, one sentence per reason, in both languages. */
  reasons: LocalizedText[];
}

interface WeakCriterion {
  code: string;
  name: LocalizedText;
  /** Hundredths. */
  lost: number;
  possible: number;
  units: number;
  atZero: number;
  atFull: number;
}

export interface PeriodReport extends ReportFacts {
  /** The unit kind most of the group's units have (the recommendations address it). */
  unitKind: string;
  cohortSize: number;
  rankedOverall: number;
  categories: Array<{
    code: string;
    name: LocalizedText;
    ranked: number;
    notRanked: number;
    levels: Array<{ level: number; units: number }>;
  }>;
  /** The whole ranking by total, ranked units first (as groupRanking by TOTAL). */
  ranking: RankingEntry[];
  notRanked: NotRankedUnit[];
  top: CohortMember[];
  bottom: CohortMember[];
  previousPeriod: { code: string; name: string } | null;
  risers: Mover[];
  fallers: Mover[];
  blocking: NamedBlocking[];
  weakest: WeakCriterion[];
  recommendations: Recommendation[];
  /** Names categories and groups (reasons refer to them). */
  nodeName: (code: string) => LocalizedText | undefined;
}

/** The report of a published period for one unit group; NOT_FOUND when it has no published results. */
export async function periodReport(context: Context, input: ReportScope): Promise<PeriodReport> {
  const cohort = { periodId: input.periodId, unitGroupId: input.unitGroupId, setCode: input.setCode ?? null };
  const [facts, summary, ranking, weakest] = await Promise.all([
    reportFacts(context, input),
    comparisonSummary(context, cohort),
    groupRanking(context, { ...cohort, by: 'TOTAL' }),
    weakestCriteria(context, { ...cohort, limit: WEAKEST_SHOWN }),
  ]);
  if (ranking.entries.length === 0) throw notPublished();
  const nodeName = ranking.groupName;
  const named = (code: string): LocalizedText => nodeName(code) ?? { vi: code, en: code };
  const categories = summary.categories.map((category) => ({ ...category, name: named(category.code) }));
  const blocking = summary.blocking.map((item) => ({
    ...item,
    categoryName: named(item.category),
    names: item.groups.map(named),
  }));
  const weak = weakest.criteria.map((loss) => ({
    code: loss.code,
    name: loss.node?.name ?? { vi: loss.code, en: loss.code },
    lost: loss.lost,
    possible: loss.possible,
    units: loss.units,
    atZero: loss.atZero,
    atFull: loss.atFull,
  }));
  const unitKind = mostCommon(ranking.entries.map((entry) => entry.unit.kind));
  return {
    ...facts,
    unitKind,
    cohortSize: ranking.cohortSize,
    rankedOverall: summary.rankedOverall,
    categories,
    ranking: ranking.entries,
    notRanked: ranking.entries
      .filter((entry) => entry.rank === null)
      .map((entry) => whyNotRanked(entry, named)),
    top: summary.top,
    bottom: summary.bottom,
    previousPeriod: summary.previousPeriod,
    risers: summary.risers,
    fallers: summary.fallers,
    blocking,
    weakest: weak,
    recommendations: recommend({
      unitKind,
      cohortSize: summary.cohortSize,
      categories,
      blocking,
      weakest: weak,
      fallers: summary.fallers,
    }),
    nodeName,
  };
}

/** Each category the unit is not ranked in, with the conditions that failed, or a whole-unit reason. */
export function whyNotRanked(entry: RankingEntry, named: (code: string) => LocalizedText): NotRankedUnit {
  const nodeName = (code: string) => named(code);
  const sentence = (reason: RankingEntry['notRanked'][number], prefix?: LocalizedText): LocalizedText => ({
    vi: `${prefix ? `${prefix.vi}: ` : ''}${describeNotRanked(reason, nodeName, 'vi')}`,
    en: `${prefix ? `${prefix.en}: ` : ''}${describeNotRanked(reason, nodeName, 'en')}`,
  });
  const inCategories = entry.categories.flatMap((category) =>
    category.notRanked.map((reason) => sentence(reason, named(category.code))),
  );
  const reasons = inCategories.length > 0 ? inCategories : entry.notRanked.map((reason) => sentence(reason));
  const unique = [...new Map(reasons.map((reason) => [reason.vi, reason])).values()];
  return { unit: entry.unit, points: entry.points, maxPoints: entry.maxPoints, reasons: unique };
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}
