import { type ConditionOutcome, type NotRankedReason, problem, rankCohort, ratio } from '@chiso/scoring';
import { provinceOf } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { issueAt, notFound, validationFailed } from '../../errors.ts';
import { byPlace, type Cohort, type CohortMember, type Column, loadCohort, type UnitView } from './cohort.ts';

type RankingBy = 'TOTAL' | 'CATEGORY' | 'INDEX';

interface RankingFilters {
  unitKind?: string | null | undefined;
  unitType?: string | null | undefined;
  parentUnitId?: string | null | undefined;
  /** The level (Mức) reached in `category`; 0 = not ranked there. */
  level?: number | null | undefined;
}

export interface RankingInput {
  periodId: string;
  unitGroupId: string;
  by: RankingBy;
  /** The category ranked by (by: CATEGORY) and the one `filters.level` looks at. */
  category?: string | null | undefined;
  setCode?: string | null | undefined;
  filters?: RankingFilters | null | undefined;
}

export interface CategoryStanding {
  code: string;
  points: number;
  maxPoints: number;
  level: number | null;
  reasons: ConditionOutcome[];
  /** Why the unit has no rank in this category (empty when it has one). */
  notRanked: NotRankedReason[];
  rank: number | null;
}

export interface RankingEntry {
  assessmentId: string;
  unit: UnitView;
  /** Within the whole unit group, whatever the filters (ties share a rank). */
  rank: number | null;
  /** Hundredths: the total, or the category's points. */
  points: number;
  maxPoints: number;
  index: number;
  /** The total's index band (UN EGDI style), as published. */
  band: string | null;
  /** Ranked by a category: its level, null when not ranked. */
  level: number | null;
  /** The failing level conditions of the category asked for. */
  reasons: ConditionOutcome[];
  /**
   * Why the unit has no rank in what the ranking is by: the category (CATEGORY), or every category
   * (TOTAL, INDEX: không xếp hạng chung). Empty when it is ranked.
   */
  notRanked: NotRankedReason[];
  categories: CategoryStanding[];
}

export interface GroupRanking {
  by: RankingBy;
  category: string | null;
  cohortSize: number;
  /** The set's categories, in document order (the columns of a ranking table). */
  categories: Column[];
  entries: RankingEntry[];
  groupName: Cohort['groupName'];
}

/** A group's published ranking by total, by one category or by index value (share of maximum). */
export async function groupRanking(context: Context, input: RankingInput): Promise<GroupRanking> {
  if (input.by === 'CATEGORY' && !input.category) {
    throw validationFailed([issueAt('category', problem('CATEGORY_NEEDED_FOR_RANKING'))]);
  }
  if (input.filters?.level != null && !input.category) {
    throw validationFailed([issueAt('filters.level', problem('CATEGORY_NEEDED_FOR_LEVEL'))]);
  }
  const cohort = await loadCohort(context.db, {
    provinceId: provinceOf(context.viewer),
    periodId: input.periodId,
    unitGroupId: input.unitGroupId,
    setCode: input.setCode,
    nodeKinds: ['CATEGORY'],
    withUnscored: true,
  });
  const categories = cohort.columns.filter((column) => column.kind === 'CATEGORY');
  if (input.category && cohort.members.length > 0 && !categories.some((c) => c.code === input.category)) {
    throw notFound({ vi: `hạng mục ${input.category}`, en: `category ${input.category}` });
  }
  const entries = rankEntries(
    cohort.members,
    input,
    categories.map((c) => c.code),
  );
  return {
    by: input.by,
    category: input.category ?? null,
    cohortSize: cohort.members.length,
    categories,
    entries: entries.filter((entry) => matches(entry, input.filters)),
    groupName: cohort.groupName,
  };
}

function rankEntries(members: CohortMember[], input: RankingInput, categoryCodes: string[]): RankingEntry[] {
  const standings = (member: CohortMember): CategoryStanding[] =>
    categoryCodes.flatMap((code) => {
      const node = member.nodes.get(code);
      return node
        ? [
            {
              code,
              points: node.points,
              maxPoints: node.maxPoints,
              level: node.level,
              reasons: node.level === null ? (node.reasons ?? []) : [],
              notRanked: node.notRanked,
              rank: node.rank,
            },
          ]
        : [];
    });
  const entries = members.map((member): RankingEntry & { member: CohortMember } => {
    const categories = standings(member);
    const category = categories.find((standing) => standing.code === input.category);
    const byCategory = input.by === 'CATEGORY';
    return {
      member,
      assessmentId: member.assessmentId,
      unit: member.unit,
      rank: byCategory ? (category?.rank ?? null) : member.rank,
      points: byCategory ? (category?.points ?? 0) : member.points,
      maxPoints: byCategory ? (category?.maxPoints ?? 0) : member.maxPoints,
      index: byCategory ? share(category) : member.index,
      band: member.band,
      level: category?.level ?? null,
      reasons: category?.reasons ?? [],
      // A unit published without a score (NOT_SUBMITTED) has no category rows: its reasons hold there too.
      notRanked: byCategory ? (category?.notRanked ?? member.notRanked) : member.notRanked,
      categories,
    };
  });
  if (input.by === 'INDEX') {
    // The index compares shares of each unit's applicable maximum, exactly (never as floats), among
    // the units ranked in every category, as the total does.
    const ranked = entries.filter((entry) => entry.notRanked.length === 0);
    for (const { item, rank } of rankCohort(ranked, (entry) => entry, 'share')) item.rank = rank;
  }
  // The ranked units by rank, then the unranked ones (no place), best share first.
  return entries.sort(byPlace).map(({ member: _member, ...entry }) => entry);
}

const share = (node: { points: number; maxPoints: number } | undefined) =>
  node ? ratio(node.points, node.maxPoints) : 0;

function matches(entry: RankingEntry, filters: RankingFilters | null | undefined): boolean {
  if (!filters) return true;
  if (filters.unitKind && entry.unit.kind !== filters.unitKind) return false;
  if (filters.unitType && entry.unit.type !== filters.unitType) return false;
  if (filters.parentUnitId && entry.unit.parentId !== filters.parentUnitId) return false;
  if (filters.level != null && (entry.level ?? 0) !== filters.level) return false;
  return true;
}
