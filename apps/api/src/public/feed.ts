/**
 * The public results feed, version 1 (documented in docs/public-feed.md): what anyone may read of a
 * period an admin made public — published results only, no evidence, no entries, no people. Every
 * read starts from `publicPeriod`, which finds a period only when it is PUBLISHED and public, and the
 * cohorts are read by loadCohort, which reads PUBLISHED assessments only — of the period's province's
 * units when it is a province's period (auth/provinces.ts `unitsShownBy`).
 */
import type { Db } from '@chiso/db';
import {
  describeNotRanked,
  fromHundredths,
  type LocalizedText,
  type NotRankedReason,
  problem,
} from '@chiso/scoring';
import { codeIn, inProvince, NATIONAL, onlyOne, unitsShownBy } from '../auth/provinces.ts';
import { AppError, issueAt } from '../errors.ts';
import { type CohortMember, loadCohort } from '../services/comparisons/cohort.ts';

const FEED_FORMAT = 'chiso.public/v1';

const day = (date: Date) => date.toISOString().slice(0, 10);

const PERIOD_COLUMNS = {
  id: true,
  provinceId: true,
  code: true,
  name: true,
  kind: true,
  startsOn: true,
  endsOn: true,
  publishedAt: true,
  province: { select: { code: true, name: true } },
  assignments: {
    select: {
      unitGroup: { select: { id: true, code: true, name: true, nameEn: true, position: true } },
      version: {
        select: {
          version: true,
          maxPoints: true,
          set: { select: { code: true, name: true, nameEn: true, supplements: true } },
        },
      },
    },
  },
} as const;

type PeriodRow = NonNullable<Awaited<ReturnType<typeof findPublic>>>;

const PUBLIC = { status: 'PUBLISHED', isPublic: true } as const;

/**
 * A public period of a province (its code) or a national one (NATIONAL), where codes are unique;
 * with no province named, the one public period of that code (CODE_IN_SEVERAL_PROVINCES if more).
 */
const findPublic = async (db: Db, province: string | undefined, code: string) =>
  onlyOne(
    await db.period.findMany({
      where: { ...codeIn(code, province), ...PUBLIC },
      select: PERIOD_COLUMNS,
      take: 2,
    }),
    code,
  );

/** The same answer for a period that does not exist, is not published or is not public: nothing leaks. */
const periodNotFound = (code: string) => {
  const issue = issueAt('period', problem('PUBLIC_PERIOD_NOT_FOUND', { code }));
  return new AppError('NOT_FOUND', { vi: `${issue.messages.vi}.`, en: `${capitalise(issue.messages.en)}.` }, [
    issue,
  ]);
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

async function publicPeriod(db: Db, province: string | undefined, code: string): Promise<PeriodRow> {
  const found = await findPublic(db, province, code);
  if (!found) throw periodNotFound(code);
  return found;
}

/** A group's cohorts in the period: one per criteria set (a ministry set, then a provincial supplement). */
function cohortsOf(period: PeriodRow) {
  return [...period.assignments]
    .sort(
      (a, b) =>
        a.unitGroup.position - b.unitGroup.position ||
        a.unitGroup.code.localeCompare(b.unitGroup.code) ||
        Number(a.version.set.supplements !== null) - Number(b.version.set.supplements !== null) ||
        a.version.set.code.localeCompare(b.version.set.code),
    )
    .map(({ unitGroup, version }) => ({
      unitGroupId: unitGroup.id,
      group: { code: unitGroup.code, name: { vi: unitGroup.name, en: unitGroup.nameEn } },
      set: {
        code: version.set.code,
        name: { vi: version.set.name, en: version.set.nameEn },
        version: version.version,
        supplements: version.set.supplements,
        maxPoints: fromHundredths(version.maxPoints),
      },
    }));
}

function periodView(period: PeriodRow) {
  return {
    code: period.code,
    name: period.name,
    province: period.province && { code: period.province.code, name: period.province.name },
    kind: period.kind,
    startsOn: day(period.startsOn),
    endsOn: day(period.endsOn),
    publishedAt: period.publishedAt?.toISOString() ?? null,
  };
}

/** Where a period's results are: under its province's code, or NATIONAL for a national period. */
const resultsPath = (period: PeriodRow) =>
  `/public/v1/provinces/${encodeURIComponent(period.province?.code ?? NATIONAL)}/periods/${encodeURIComponent(period.code)}/results.json`;

/**
 * Every public period, the latest first, with its groups and the sets they were assessed on;
 * `province` (its code, or NATIONAL) narrows them to one province's, for that province's portal.
 */
export async function publicPeriods(db: Db, province?: string) {
  const periods = await db.period.findMany({
    where: { ...PUBLIC, ...inProvince(province) },
    select: PERIOD_COLUMNS,
    orderBy: [{ startsOn: 'desc' }, { code: 'asc' }],
  });
  return {
    format: FEED_FORMAT,
    periods: periods.map((period) => {
      const groups = new Map<string, { code: string; name: LocalizedText; sets: unknown[] }>();
      for (const { group, set } of cohortsOf(period)) {
        const entry = groups.get(group.code) ?? { ...group, sets: [] };
        entry.sets.push(set);
        groups.set(group.code, entry);
      }
      return { ...periodView(period), results: resultsPath(period), groups: [...groups.values()] };
    }),
  };
}

type Names = (code: string) => LocalizedText | undefined;

const reasonsView = (reasons: readonly NotRankedReason[], names: Names) =>
  reasons.map((reason) => ({
    code: reason.code,
    category: reason.category ?? null,
    vi: describeNotRanked(reason, names, 'vi'),
    en: describeNotRanked(reason, names, 'en'),
  }));

/** One unit's published result in a cohort: totals, rank, and each category's points and level. */
function memberView(member: CohortMember, categories: readonly string[], names: Names) {
  return {
    unit: {
      code: member.unit.code,
      name: member.unit.name,
      kind: member.unit.kind,
      type: member.unit.type,
      parent: member.unit.parentName,
    },
    rank: member.rank,
    points: fromHundredths(member.points),
    maxPoints: fromHundredths(member.maxPoints),
    index: member.index,
    notRanked: reasonsView(member.notRanked, names),
    categories: categories.flatMap((code) => {
      const node = member.nodes.get(code);
      if (!node) return [];
      return [
        {
          code,
          points: fromHundredths(node.points),
          maxPoints: fromHundredths(node.maxPoints),
          level: node.level,
          rank: node.rank,
          notRanked: reasonsView(node.notRanked, names),
        },
      ];
    }),
  };
}

async function rankingOf(db: Db, period: PeriodRow, cohort: ReturnType<typeof cohortsOf>[number]) {
  const loaded = await loadCohort(db, {
    periodId: period.id,
    unitGroupId: cohort.unitGroupId,
    setCode: cohort.set.code,
    nodeKinds: ['CATEGORY'],
    withUnscored: true,
    provinceId: unitsShownBy(period),
  });
  const categories = loaded.columns.filter((column) => column.kind === 'CATEGORY');
  return { loaded, categories };
}

/**
 * A public period's rankings, one per unit group and criteria set, best first (units not ranked
 * overall follow, with why); `groupCode` narrows them to one group.
 */
export async function publicResults(db: Db, province: string | undefined, code: string, groupCode?: string) {
  const period = await publicPeriod(db, province, code);
  const cohorts = cohortsOf(period).filter((cohort) => !groupCode || cohort.group.code === groupCode);
  const rankings = await Promise.all(
    cohorts.map(async (cohort) => {
      const { loaded, categories } = await rankingOf(db, period, cohort);
      const codes = categories.map((category) => category.code);
      const { unitGroupId: _internal, ...shown } = cohort;
      return {
        ...shown,
        categories: categories.map((category) => ({
          code: category.code,
          name: category.name,
          maxPoints: fromHundredths(category.maxPoints),
        })),
        units: loaded.members.map((member) => memberView(member, codes, loaded.groupName)),
      };
    }),
  );
  return { format: FEED_FORMAT, period: periodView(period), rankings };
}

/** One unit's public results in a period: per criteria set, its categories and their groups. */
export async function publicUnitResult(db: Db, province: string | undefined, code: string, unitCode: string) {
  const period = await publicPeriod(db, province, code);
  const assessed = await db.assessment.findMany({
    where: { periodId: period.id, status: 'PUBLISHED', result: { isNot: null }, unit: { code: unitCode } },
    select: { unitGroupId: true, version: { select: { set: { select: { code: true } } } } },
  });
  const wanted = cohortsOf(period).filter((cohort) =>
    assessed.some((a) => a.unitGroupId === cohort.unitGroupId && a.version.set.code === cohort.set.code),
  );
  const results = await Promise.all(
    wanted.map(async ({ unitGroupId, ...cohort }) => {
      const loaded = await loadCohort(db, {
        periodId: period.id,
        unitGroupId,
        setCode: cohort.set.code,
        nodeKinds: ['GROUP'],
        withUnscored: true,
        provinceId: unitsShownBy(period),
      });
      const member = loaded.members.find((candidate) => candidate.unit.code === unitCode);
      if (!member) return [];
      const categories = loaded.columns.filter((column) => column.kind === 'CATEGORY');
      const view = memberView(
        member,
        categories.map((category) => category.code),
        loaded.groupName,
      );
      return [
        {
          ...cohort,
          cohortSize: loaded.members.length,
          unit: view.unit,
          rank: view.rank,
          points: view.points,
          maxPoints: view.maxPoints,
          index: view.index,
          notRanked: view.notRanked,
          categories: view.categories.map((standing) => {
            const column = categories.find((category) => category.code === standing.code);
            return {
              ...standing,
              name: column?.name ?? { vi: standing.code, en: standing.code },
              groups: loaded.columns
                .filter((group) => group.kind === 'GROUP' && group.parentCode === standing.code)
                .flatMap((group) => {
                  const node = member.nodes.get(group.code);
                  return node
                    ? [
                        {
                          code: group.code,
                          name: group.name,
                          points: fromHundredths(node.points),
                          maxPoints: fromHundredths(node.maxPoints),
                        },
                      ]
                    : [];
                }),
            };
          }),
        },
      ];
    }),
  );
  const found = results.flat();
  if (found.length === 0) {
    const issue = issueAt('unit', problem('PUBLIC_UNIT_NOT_FOUND', { code: unitCode }));
    throw new AppError(
      'NOT_FOUND',
      { vi: `${issue.messages.vi}.`, en: `${capitalise(issue.messages.en)}.` },
      [issue],
    );
  }
  const { unit } = found[0] as (typeof found)[number];
  return {
    format: FEED_FORMAT,
    period: periodView(period),
    unit,
    results: found.map(({ unit: _unit, ...result }) => result),
  };
}
