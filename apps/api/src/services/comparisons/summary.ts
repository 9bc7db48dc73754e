import { type BlockingGroup, blockingGroups, combinePredecessors } from '@chiso/scoring';
import { provinceOf } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { type Cohort, type CohortMember, compareText, loadCohorts, type UnitView } from './cohort.ts';
import { previousResultsOf, previousResultsSql } from './cohort-sql.ts';
import { type LineageStatus, loadLineage } from './lineage.ts';

export interface CategorySummary {
  code: string;
  ranked: number;
  notRanked: number;
  /** Units at each level reached, lowest level first (levels nobody reached are left out). */
  levels: Array<{ level: number; units: number }>;
}

export interface Mover {
  unit: UnitView;
  /** Null: the same unit then and now; else how it came from earlier units (a merged one's past is their mean). */
  lineage: LineageStatus | null;
  /** Hundredths. */
  before: number;
  after: number;
  rankBefore: number | null;
  rankAfter: number | null;
}

export interface ComparisonSummary {
  period: Cohort['period'];
  previousPeriod: { code: string; name: string } | null;
  cohortSize: number;
  /** Units ranked in every category, the only ones with a rank by total. */
  rankedOverall: number;
  categories: CategorySummary[];
  blocking: BlockingGroup[];
  top: CohortMember[];
  bottom: CohortMember[];
  risers: Mover[];
  fallers: Mover[];
  groupName: Cohort['groupName'];
}

const SHOWN = 3;

/**
 * What a published analysis states, in one query: ranked / not ranked per category, units per
 * level, what held units back, the top and bottom units, and the biggest risers and fallers against
 * the group's previous published period (units followed through lineage). One SQL statement
 * whatever the cohort size while the cohort and the earlier results are kept (snapshot.ts), one more
 * for each built; one more when some unit has no earlier result.
 */
export async function comparisonSummary(
  context: Context,
  input: { periodId: string; unitGroupId: string; setCode?: string | null | undefined },
): Promise<ComparisonSummary> {
  // The previous published period's results of the group are read with the cohort (one lookup while
  // both are kept), and used only when this period has published results, as before.
  const {
    cohorts: [loaded],
    also: [earlier],
  } = await loadCohorts(
    context.db,
    [{ ...input, provinceId: provinceOf(context.viewer) }],
    [previousResultsSql(input)],
  );
  const cohort = loaded as Cohort;
  const categories = cohort.columns.filter((column) => column.kind === 'CATEGORY');
  const members = cohort.members;
  // Top and bottom are places by total: only units ranked in every category have one.
  const ranked = members.filter((member) => member.rank !== null);
  const { period: previousPeriod, results: before } = cohort.period
    ? previousResultsOf(earlier ?? null)
    : { period: null, results: new Map<string, { points: number; rank: number | null }>() };
  // Units without an earlier result are followed back through renames, merges and splits, as period
  // comparisons do with their default rule: one more statement whenever there are such units, even
  // with nothing earlier, so the count depends on the question, not on the data.
  const unmatched = members.some((member) => !before.has(member.unit.id));
  const lineage =
    cohort.period && unmatched
      ? await loadLineage(context.db, {
          after: previousPeriod?.startsOn ?? new Date(0),
          until: cohort.period.endsOn,
        })
      : null;
  const movers = members.flatMap((member): Mover[] => {
    const base = { unit: member.unit, after: member.points, rankAfter: member.rank };
    const old = before.get(member.unit.id);
    if (old) return [{ ...base, lineage: null, before: old.points, rankBefore: old.rank }];
    const ancestry = lineage?.ancestry(member.unit.id, (id) => before.has(id));
    const found = (ancestry?.predecessors ?? []).flatMap((p) => {
      const result = before.get(p.unit.id);
      return result ? [result] : [];
    });
    const past = combinePredecessors(
      found.map((result) => result.points),
      'MEAN',
    );
    if (!ancestry || past === null) return [];
    const [single] = found;
    return [
      {
        ...base,
        lineage: ancestry.status,
        before: past,
        rankBefore: found.length === 1 && single ? single.rank : null,
      },
    ];
  });
  const change = (mover: Mover) => mover.after - mover.before;
  const byCode = (a: Mover, b: Mover) => compareText(a.unit.code, b.unit.code);
  return {
    period: cohort.period,
    previousPeriod: previousPeriod && { code: previousPeriod.code, name: previousPeriod.name },
    cohortSize: members.length,
    rankedOverall: ranked.length,
    categories: categories.map((category) => summariseCategory(category.code, members)),
    blocking: blockingGroups(
      members.flatMap((member) =>
        categories.flatMap((category) => {
          const node = member.nodes.get(category.code);
          return node && node.level === null && node.reasons
            ? [{ category: category.code, reasons: node.reasons }]
            : [];
        }),
      ),
    ),
    top: ranked.slice(0, SHOWN),
    bottom: ranked.slice(-SHOWN).reverse(),
    risers: movers
      .filter((mover) => change(mover) > 0)
      .sort((a, b) => change(b) - change(a) || byCode(a, b))
      .slice(0, SHOWN),
    fallers: movers
      .filter((mover) => change(mover) < 0)
      .sort((a, b) => change(a) - change(b) || byCode(a, b))
      .slice(0, SHOWN),
    groupName: cohort.groupName,
  };
}

function summariseCategory(code: string, members: readonly CohortMember[]): CategorySummary {
  const levels = new Map<number, number>();
  let notRanked = 0;
  for (const member of members) {
    const node = member.nodes.get(code);
    // A category without level rules has neither a level nor reasons: it is not counted.
    if (!node || (node.level === null && node.reasons === null)) continue;
    if (node.level === null) notRanked += 1;
    else levels.set(node.level, (levels.get(node.level) ?? 0) + 1);
  }
  return {
    code,
    ranked: [...levels.values()].reduce((sum, units) => sum + units, 0),
    notRanked,
    levels: [...levels.entries()].sort((a, b) => a[0] - b[0]).map(([level, units]) => ({ level, units })),
  };
}
