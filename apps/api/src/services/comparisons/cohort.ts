/**
 * A unit group's published results in one period, loaded in two SQL statements whatever the cohort
 * size: the assessments with their units, results and chosen result nodes (one statement with
 * relation joins), and the criteria nodes of the version(s) assigned to the group.
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
  /** Which result nodes to load (categories and groups are always loaded: levels need them). */
  nodeKinds?: readonly NodeKind[];
  /** Only these node codes (and categories/groups), when given. */
  nodeCodes?: readonly string[] | null | undefined;
  /** Also units published without a score (not submitted): the ranking lists them; analyses do not. */
  withUnscored?: boolean;
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

export function setFilter(setCode: string | null | undefined): Prisma.CriteriaVersionWhereInput {
  return setCode ? { set: { code: setCode } } : { set: { supplements: null } };
}

export async function loadCohort(db: Db, query: CohortQuery): Promise<Cohort> {
  const kinds = [...new Set([...ALWAYS, ...(query.nodeKinds ?? [])])];
  const nodeWhere: Prisma.ResultNodeWhereInput = query.nodeCodes
    ? { OR: [{ kind: { in: [...ALWAYS] } }, { nodeCode: { in: [...query.nodeCodes] } }] }
    : { kind: { in: kinds } };
  const [assessments, versions] = await Promise.all([
    db.assessment.findMany({
      where: {
        periodId: query.periodId,
        unitGroupId: query.unitGroupId,
        status: 'PUBLISHED',
        result: query.withUnscored ? { isNot: null } : { is: { notRankedCode: null } },
        version: setFilter(query.setCode),
      },
      select: {
        id: true,
        period: { select: { id: true, code: true, name: true, startsOn: true, endsOn: true } },
        unit: {
          select: UNIT_COLUMNS,
        },
        result: {
          select: { points: true, maxPoints: true, index: true, band: true, rank: true, notRankedCode: true },
        },
        resultNodes: {
          where: nodeWhere,
          select: {
            nodeCode: true,
            kind: true,
            points: true,
            maxPoints: true,
            level: true,
            notRankedReason: true,
            rank: true,
          },
        },
      },
    }),
    // The version(s) with their nodes in one statement (a relation join).
    db.criteriaVersion.findMany({
      where: {
        ...setFilter(query.setCode),
        assignments: { some: { periodId: query.periodId, unitGroupId: query.unitGroupId } },
      },
      select: {
        id: true,
        version: true,
        codeMapping: true,
        nodes: {
          where: query.nodeCodes
            ? { OR: [{ kind: { in: [...ALWAYS] } }, { code: { in: [...query.nodeCodes] } }] }
            : { kind: { in: kinds } },
          select: {
            code: true,
            kind: true,
            path: true,
            parentCode: true,
            name: true,
            nameEn: true,
            maxPoints: true,
          },
          orderBy: { position: 'asc' },
        },
      },
      orderBy: { id: 'asc' },
    }),
  ]);
  const columns = uniqueByCode(
    versions
      .flatMap((version) => version.nodes)
      .map((node) => ({
        code: node.code,
        kind: node.kind,
        path: node.path,
        parentCode: node.parentCode,
        name: { vi: node.name, en: node.nameEn },
        maxPoints: node.maxPoints,
      })),
  );
  const names = new Map(columns.map((column) => [column.code, column.name]));
  const categoryCodes = columns.filter((column) => column.kind === 'CATEGORY').map((column) => column.code);
  const members = assessments.flatMap((assessment): CohortMember[] => {
    const result = assessment.result;
    if (!result) return [];
    // Reasons decided outside the scoring (NOT_SUBMITTED, stored on the result) unrank the unit in
    // every category.
    const external: NotRankedReason[] = storedReasons(result.notRankedCode);
    const nodes = new Map(
      assessment.resultNodes.map((row): [string, NodeRowView] => {
        const reasons = (row.notRankedReason ?? null) as unknown as ConditionOutcome[] | null;
        const view: NodeRowView = {
          nodeCode: row.nodeCode,
          kind: row.kind,
          points: row.points,
          maxPoints: row.maxPoints,
          level: row.level,
          reasons,
          notRanked:
            row.kind === 'CATEGORY'
              ? categoryNotRanked(
                  standingFacts({ nodeCode: row.nodeCode, level: row.level, reasons }),
                  external,
                )
              : [],
          rank: row.rank,
        };
        return [row.nodeCode, view];
      }),
    );
    // In the set's document order, whatever order the rows came in: reasons read category by category.
    const categories = categoryCodes.flatMap((code) => nodes.get(code) ?? []);
    return [
      {
        assessmentId: assessment.id,
        unit: {
          id: assessment.unit.id,
          code: assessment.unit.code,
          name: assessment.unit.name,
          kind: assessment.unit.kind,
          type: assessment.unit.type,
          parentId: assessment.unit.parentId,
          parentName: assessment.unit.parent?.name ?? null,
        },
        points: result.points,
        maxPoints: result.maxPoints,
        index: Number(result.index),
        band: result.band,
        rank: result.rank,
        notRanked: unitNotRanked(categories.map(standingFacts), external),
        nodes,
      },
    ];
  });
  members.sort(byPlace);
  return {
    period: assessments[0]?.period ?? null,
    members,
    columns,
    versions: versions.map(({ id, version, codeMapping }) => ({ id, version, codeMapping })),
    groupName: (code) => names.get(code),
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
