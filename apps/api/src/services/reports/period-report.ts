/**
 * The published report of a period and unit group as data: every figure comes from the comparison
 * services the API answers with (summary, ranking, weakest criteria), so the DOCX and PDF say what
 * GraphQL says. Nothing here formats or lays out; `document.ts` does.
 */
import { type BlockingGroup, describeNotRanked, type LocalizedText } from '@chiso/scoring';
import type { Context } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { type CohortMember, setFilter, type UnitView } from '../comparisons/cohort.ts';
import { groupRanking, type RankingEntry } from '../comparisons/ranking.ts';
import { comparisonSummary, type Mover } from '../comparisons/summary.ts';
import { weakestCriteria } from '../comparisons/weakest.ts';
import { type Recommendation, recommend } from './recommendations.ts';

/** How many criteria the report lists as the weakest. */
const WEAKEST_SHOWN = 10;

export interface ReportInput {
  periodId: string;
  unitGroupId: string;
  setCode?: string | null | undefined;
  /** The province named in the header; default: the province in the unit catalogue. */
  province?: string | null | undefined;
}

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
  path: string;
  name: LocalizedText;
  /** Hundredths. */
  lost: number;
  possible: number;
  units: number;
  atZero: number;
  atFull: number;
}

export interface PeriodReport {
  /** The issuing Sở's province: its full name ("Tỉnh Quảng Ninh", the header's "UBND TỈNH …") and as a place. */
  province: { name: string; place: string };
  period: { code: string; name: string; endsOn: Date };
  group: { code: string; name: LocalizedText };
  /** The unit kind most of the group's units have (the recommendations address it). */
  unitKind: string;
  /** The criteria set the group was assessed on, and its version. */
  criteria: { name: LocalizedText; version: string } | null;
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
export async function periodReport(context: Context, input: ReportInput): Promise<PeriodReport> {
  const cohort = { periodId: input.periodId, unitGroupId: input.unitGroupId, setCode: input.setCode ?? null };
  const [period, group, summary, ranking, weakest, province] = await Promise.all([
    context.db.period.findUnique({
      where: { id: input.periodId },
      select: { code: true, name: true, endsOn: true, status: true },
    }),
    context.db.unitGroup.findUnique({
      where: { id: input.unitGroupId },
      select: { code: true, name: true, nameEn: true },
    }),
    comparisonSummary(context, cohort),
    groupRanking(context, { ...cohort, by: 'TOTAL' }),
    weakestCriteria(context, { ...cohort, limit: WEAKEST_SHOWN }),
    input.province
      ? Promise.resolve({ name: input.province })
      : context.db.unit.findFirst({
          where: { kind: 'PROVINCE', endedOn: null },
          select: { name: true },
          orderBy: { code: 'asc' },
        }),
  ]);
  if (period?.status !== 'PUBLISHED' || !group || ranking.entries.length === 0) {
    throw notFound({
      vi: 'kết quả đã công bố của kỳ đánh giá và nhóm đơn vị này',
      en: 'published results of this period and unit group',
    });
  }
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
    path: loss.node?.path ?? loss.code,
    name: loss.node?.name ?? { vi: loss.code, en: loss.code },
    lost: loss.lost,
    possible: loss.possible,
    units: loss.units,
    atZero: loss.atZero,
    atFull: loss.atFull,
  }));
  const unitKind = mostCommon(ranking.entries.map((entry) => entry.unit.kind));
  const version = await context.db.criteriaVersion.findFirst({
    where: {
      assignments: { some: { periodId: input.periodId, unitGroupId: input.unitGroupId } },
      ...setFilter(input.setCode),
    },
    select: { version: true, set: { select: { name: true, nameEn: true } } },
  });
  return {
    province: provinceNamed(province?.name ?? ''),
    period: { code: period.code, name: period.name, endsOn: period.endsOn },
    group: { code: group.code, name: { vi: group.name, en: group.nameEn } },
    unitKind,
    criteria: version && {
      name: { vi: version.set.name, en: version.set.nameEn },
      version: version.version,
    },
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
function whyNotRanked(entry: RankingEntry, named: (code: string) => LocalizedText): NotRankedUnit {
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

const PROVINCE_TYPE = /^(Tỉnh|Thành phố)\s+/iu;

/** "Quảng Ninh" or "Tỉnh Quảng Ninh" → both forms the header needs. */
function provinceNamed(name: string): PeriodReport['province'] {
  const trimmed = name.trim();
  const place = trimmed.replace(PROVINCE_TYPE, '');
  return { name: PROVINCE_TYPE.test(trimmed) ? trimmed : `Tỉnh ${trimmed}`, place };
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}
