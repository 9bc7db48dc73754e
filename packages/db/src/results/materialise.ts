/**
 * Materialised results: scores a cohort (one unit group × one criteria version in one period) with
 * the reviewers' points, ranks it, and writes AssessmentResult + ResultNode rows. Shared by the
 * API's publishPeriodResults and the demo seed, so both publish the same figures.
 */
import {
  type CriteriaSet,
  type NodeResult,
  type NotRankedReason,
  rankResults,
  scoreCohort,
  type UnitResult,
} from '@chiso/scoring';
import type { Tx } from '../client.ts';
import type { NodeKind, Prisma } from '../generated/prisma/client.ts';
import { bulkInsert } from '../national/bulk.ts';
import { NODE_COLUMNS, RESULT_COLUMNS } from '../seed/tables.ts';
import { uuid7 } from '../units/uuid7.ts';
import { type EntryValues, inputsOf, overridesOf } from './inputs.ts';

export interface CohortAssessment {
  id: string;
  entries: readonly EntryValues[];
  /** The unit kind a set's `appliesTo` names, when the set limits nodes to some kinds. */
  unitKind?: string;
  /** Why the unit is not ranked whatever its points, decided outside the scoring (it then has no rank). */
  notRanked?: readonly NotRankedReason[];
}

export interface MaterialisedResult {
  assessmentId: string;
  result: UnitResult;
  /** Null: not ranked in every category (không xếp hạng chung) — `result.notRanked` says why. */
  rank: number | null;
}

export interface CohortRows {
  results: Prisma.AssessmentResultCreateManyInput[];
  nodes: Prisma.ResultNodeCreateManyInput[];
  materialised: MaterialisedResult[];
}

/** The rows a scored and ranked cohort is written as (materialiseCohort; bulk loads). */
export function cohortResultRows(cohort: {
  set: CriteriaSet;
  versionId: string;
  assessments: readonly CohortAssessment[];
}): CohortRows {
  const scored = scoreCohortWithOverrides(cohort.set, cohort.assessments);
  // As the method says: a category ranks only the units ranked there, the total only those ranked in all.
  const ranked = rankResults(scored, (item) => item.result);
  const categoryRanks = new Map(
    ranked.flatMap(({ item, categories }) =>
      [...categories].map(([code, rank]) => [`${item.assessmentId}:${code}`, rank] as const),
    ),
  );
  return {
    results: ranked.map(({ item, rank }) => ({
      assessmentId: item.assessmentId,
      versionId: cohort.versionId,
      points: item.result.points,
      maxPoints: item.result.maxPoints,
      index: item.result.index,
      band: item.result.band ?? null,
      rank,
    })),
    nodes: scored.flatMap(({ assessmentId, result }) =>
      flatten(result.categories).map((node) => resultNodeRow(assessmentId, node, categoryRanks)),
    ),
    materialised: ranked.map(({ item, rank }) => ({
      assessmentId: item.assessmentId,
      result: item.result,
      rank,
    })),
  };
}

/**
 * Scores and ranks the cohort, replacing any result rows these assessments had. Two deletes,
 * then a bulk insert per table with its rows as one JSON parameter, one statement per 20,000 rows.
 * A province's publication writes tens of thousands of result nodes: Prisma's createMany binds a
 * parameter per value, and compiling those statements alone took seconds.
 */
export async function materialiseCohort(
  tx: Tx,
  cohort: { set: CriteriaSet; versionId: string; assessments: readonly CohortAssessment[] },
  /** The cohort's rows when scored elsewhere already (the API scores large cohorts on a worker thread). */
  rows: CohortRows = cohortResultRows(cohort),
): Promise<MaterialisedResult[]> {
  const ids = cohort.assessments.map((assessment) => assessment.id);
  await tx.$executeRaw`DELETE FROM "ResultNode" WHERE "assessmentId" = ANY(${ids}::text[])`;
  await tx.$executeRaw`DELETE FROM "AssessmentResult" WHERE "assessmentId" = ANY(${ids}::text[])`;
  await bulkInsert(tx, 'AssessmentResult', RESULT_COLUMNS, rows.results);
  await bulkInsert(
    tx,
    'ResultNode',
    NODE_COLUMNS,
    rows.nodes.map((node) => ({ ...node, id: uuid7() })),
  );
  return rows.materialised;
}

interface Scored {
  assessmentId: string;
  result: UnitResult;
}

/** Scores the cohort together (share-of-best criteria need it) with each unit's reviewer points. */
export function scoreCohortWithOverrides(
  set: CriteriaSet,
  assessments: readonly CohortAssessment[],
): Scored[] {
  const results = scoreCohort(
    set,
    assessments.map((assessment) => ({
      unitId: assessment.id,
      inputs: inputsOf(assessment.entries),
      overrides: overridesOf(assessment.entries),
      ...(assessment.unitKind === undefined ? {} : { unitKind: assessment.unitKind }),
      ...(assessment.notRanked === undefined ? {} : { notRanked: assessment.notRanked }),
    })),
  );
  return results.map(({ unitId, ...result }) => ({ assessmentId: unitId, result }));
}

export function flatten(nodes: readonly NodeResult[]): NodeResult[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

const KINDS: Record<NodeResult['kind'], NodeKind> = {
  category: 'CATEGORY',
  group: 'GROUP',
  criterion: 'CRITERION',
  indicator: 'INDICATOR',
};

function resultNodeRow(
  assessmentId: string,
  node: NodeResult,
  categoryRanks: ReadonlyMap<string, number | null>,
): Prisma.ResultNodeCreateManyInput {
  const notRanked = node.level && node.level.level === null ? node.level.reasons : undefined;
  return {
    assessmentId,
    nodeCode: node.code,
    kind: KINDS[node.kind],
    points: node.points,
    maxPoints: node.maxPoints,
    level: node.level?.level ?? null,
    ...(notRanked ? { notRankedReason: JSON.parse(JSON.stringify(notRanked)) as Prisma.InputJsonValue } : {}),
    rank: categoryRanks.get(`${assessmentId}:${node.code}`) ?? null,
  };
}
