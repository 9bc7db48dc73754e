/**
 * A unit group's published results in one period, read in one SQL statement whatever the cohort
 * size (cohort-sql.ts; one more when it is not kept yet, snapshot.ts): the period, the criteria nodes of the version(s) assigned to the group, and
 * the assessments with their units, results and chosen result nodes.
 * Only PUBLISHED assessments are read: this is what keeps unpublished work from analysts and dashboards.
 */
import type { Db, NodeKind, Prisma } from '@chiso/db';
import {
  type CategoryStandingFacts,
  type ConditionOutcome,
  categoryNotRanked,
  type LocalizedText,
  type NotRankedReason,
  unitNotRanked,
} from '@chiso/scoring';
import { storedReasons } from '../assessments/not-submitted.ts';
import { type CohortRows, type CohortSelection, type MemberRow, readCohorts } from './cohort-sql.ts';
import { deepFreeze } from './derived.ts';

/** What comparisons show of a unit (cohorts and their predecessors alike). */
export const UNIT_COLUMNS = {
  id: true,
  code: true,
  name: true,
  kind: true,
  type: true,
  parentId: true,
  parent: { select: { name: true } },
} as const;

export interface CohortQuery {
  periodId: string;
  unitGroupId: string;
  /** The criteria set to read; default: the group's main set (not a provincial supplement). */
  setCode?: string | null | undefined;
  /**
   * Which result nodes to load: categories always (levels and not-ranked reasons are theirs); the
   * columns always hold categories and groups (not-ranked reasons name them).
   */
  nodeKinds?: readonly NodeKind[];
  /** Only these node codes (and categories), when given: they replace `nodeKinds`. */
  nodeCodes?: readonly string[] | null | undefined;
  /** Also units published without a score (not submitted): the ranking lists them; analyses do not. */
  withUnscored?: boolean;
  /**
   * Only this province's members, filtered in the SQL: the viewer's province (auth/provinces.ts
   * `provinceOf`) or a public period's; null for every province. Required so no read forgets it.
   */
  provinceId: string | null;
}

export interface UnitView {
  id: string;
  code: string;
  name: string;
  kind: string;
  type: string;
  parentId: string | null;
  parentName: string | null;
}

interface NodeRowView {
  nodeCode: string;
  kind: NodeKind;
  points: number;
  maxPoints: number;
  level: number | null;
  reasons: ConditionOutcome[] | null;
  /** Categories: why the unit has no rank there (empty when it has one). */
  notRanked: NotRankedReason[];
  rank: number | null;
}

export interface CohortMember {
  assessmentId: string;
  unit: UnitView;
  /** Hundredths. */
  points: number;
  maxPoints: number;
  index: number;
  band: string | null;
  /** Null when not ranked in every category (không xếp hạng chung): `notRanked` says why. */
  rank: number | null;
  notRanked: NotRankedReason[];
  nodes: Map<string, NodeRowView>;
}

export interface Column {
  code: string;
  kind: NodeKind;
  path: string;
  parentCode: string | null;
  name: LocalizedText;
  /** The declared maximum, hundredths. */
  maxPoints: number;
}

export interface Cohort {
  period: { id: string; code: string; name: string; startsOn: Date; endsOn: Date } | null;
  members: CohortMember[];
  /** The version's nodes of the loaded kinds, in document order. */
  columns: Column[];
  /** The criteria version(s) the group was assessed on, with the code mappings they keep. */
  versions: Array<{ id: string; version: string; codeMapping: unknown }>;
  groupName: (code: string) => LocalizedText | undefined;
}

const ALWAYS: readonly NodeKind[] = ['CATEGORY', 'GROUP'];

/** Which criteria set a cohort is read on: the one named, or the group's main set (not a province's supplement). */
export function setFilter(setCode: string | null | undefined): Prisma.CriteriaVersionWhereInput {
  return setCode ? { set: { code: setCode } } : { set: { supplements: null } };
}

export async function loadCohort(db: Db, query: CohortQuery): Promise<Cohort> {
  const { cohorts } = await loadCohorts(db, [query]);
  return cohorts[0] as Cohort;
}

/**
 * Several cohorts at once, and the texts of `also` (cohort-sql.ts): one statement while their
 * snapshots are current.
 */
export async function loadCohorts(
  db: Db,
  queries: readonly CohortQuery[],
  also: readonly Prisma.Sql[] = [],
): Promise<{ cohorts: Cohort[]; also: Array<string | null> }> {
  return readCohorts(db, queries.map(selectionOf), toCohort, also);
}

const selectionOf = (query: CohortQuery): CohortSelection => ({
  periodId: query.periodId,
  unitGroupId: query.unitGroupId,
  setCode: query.setCode,
  // Named codes replace the kinds asked for.
  columnKinds: query.nodeCodes ? ALWAYS : [...new Set([...ALWAYS, ...(query.nodeKinds ?? [])])],
  // Categories always (a unit's standing is read from them); groups only when asked for: the
  // columns name them, no member needs their rows otherwise.
  nodeKinds: query.nodeCodes ? ['CATEGORY'] : [...new Set(['CATEGORY' as const, ...(query.nodeKinds ?? [])])],
  nodeCodes: query.nodeCodes ?? null,
  withUnscored: query.withUnscored ?? false,
  provinceId: query.provinceId,
});

/**
 * A cohort is kept while its snapshot is current and shared by every read of it (snapshot.ts): frozen,
 * so no reader can change what the next one sees.
 */
const toCohort = async (rows: CohortRows): Promise<Cohort> => deepFreeze(await cohortOf(rows));

/**
 * How long making members may hold the request thread before it lets others have a turn: a
 * province's cohorts, made while the code is still cold (a server's first minute), filled turns of
 * 70 and 86 ms under `pnpm bench:load`, and `/healthz` waited for them.
 */
const MAKING_MS = 8;

async function cohortOf(rows: CohortRows): Promise<Cohort> {
  const versions = rows.versions ?? [];
  const columns = uniqueByCode(
    versions.flatMap(([, , , nodes]) =>
      (nodes ?? []).map(
        ([code, kind, path, parentCode, name, nameEn, maxPoints]): Column => ({
          code,
          kind,
          path,
          parentCode,
          name: { vi: name, en: nameEn },
          maxPoints,
        }),
      ),
    ),
  );
  const names = new Map(columns.map((column) => [column.code, column.name]));
  const categoryCodes = columns.filter((column) => column.kind === 'CATEGORY').map((column) => column.code);
  const members: CohortMember[] = [];
  let since = performance.now();
  for (const row of rows.members ?? []) {
    members.push(toMember(row, categoryCodes));
    if (performance.now() - since > MAKING_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    }
  }
  members.sort(byPlace);
  const period = rows.period;
  return {
    // As before: no period when nothing of it is published for the group.
    period:
      period && members.length > 0
        ? {
            id: period[0],
            code: period[1],
            name: period[2],
            startsOn: new Date(period[3]),
            endsOn: new Date(period[4]),
          }
        : null,
    members,
    columns,
    versions: versions.map(([id, version, codeMapping]) => ({ id, version, codeMapping })),
    groupName: (code) => names.get(code),
  };
}

function toMember(row: MemberRow, categoryCodes: readonly string[]): CohortMember {
  const [assessmentId, id, code, name, kind, type, parentId, parentName, ...result] = row;
  const [points, maxPoints, index, band, rank, notRankedCode, nodeColumns] = result;
  // Reasons decided outside the scoring (NOT_SUBMITTED, stored on the result) unrank the unit in
  // every category.
  const external: NotRankedReason[] = storedReasons(notRankedCode);
  const nodes = new Map<string, NodeRowView>();
  const [codes, kinds, nodePoints, nodeMax, levels, ranks, stored] = nodeColumns;
  // No result node of the kinds asked for: arrays of nulls (json_build_array over no rows).
  for (let i = 0; i < (codes?.length ?? 0); i++) {
    const nodeCode = codes[i] as string;
    const nodeKind = kinds[i] as NodeKind;
    const level = levels[i] ?? null;
    const reasons = (stored?.[nodeCode] ?? null) as ConditionOutcome[] | null;
    nodes.set(nodeCode, {
      nodeCode,
      kind: nodeKind,
      points: nodePoints[i] as number,
      maxPoints: nodeMax[i] as number,
      level,
      reasons,
      notRanked:
        nodeKind === 'CATEGORY'
          ? categoryNotRanked(standingFacts({ nodeCode, level, reasons }), external)
          : [],
      rank: ranks[i] ?? null,
    });
  }
  // In the set's document order, whatever order the rows came in: reasons read category by category.
  const categories = categoryCodes.flatMap((category) => nodes.get(category) ?? []);
  return {
    assessmentId,
    unit: { id, code, name, kind, type, parentId, parentName },
    points,
    maxPoints,
    index,
    band,
    rank,
    notRanked: unitNotRanked(categories.map(standingFacts), external),
    nodes,
  };
}

/** A stored category as the not-ranked rule reads it: neither a level nor reasons = no level rules. */
function standingFacts(node: {
  nodeCode: string;
  level: number | null;
  reasons: ConditionOutcome[] | null;
}): CategoryStandingFacts {
  return {
    code: node.nodeCode,
    level: node.level === null && node.reasons === null ? undefined : node.level,
    conditions: node.reasons,
  };
}

/**
 * Ranked units first, by rank; then those not ranked overall (they have no place), by share of their
 * applicable maximum and points.
 */
export function byPlace(
  a: { rank: number | null; index: number; points: number; unit: { code: string } },
  b: { rank: number | null; index: number; points: number; unit: { code: string } },
): number {
  return (
    (a.rank ?? 1e9) - (b.rank ?? 1e9) ||
    b.index - a.index ||
    b.points - a.points ||
    compareText(a.unit.code, b.unit.code)
  );
}

function uniqueByCode(columns: Column[]): Column[] {
  // A supplement and its ministry set never share codes, but a code must give one column.
  return [...new Map(columns.map((column) => [column.code, column] as const)).values()];
}

export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
