import { inputsOf, overridesOf, type Prisma } from '@chiso/db';
import {
  type CriteriaSet,
  checkRuleInput,
  cohortBestOf,
  type Inputs,
  liftingCriteria,
  type NextLevelPath,
  nextLevelPath,
  problem,
  scoredNodesByCode,
  type UnitResult,
  type WhatIfBasis,
  type WhatIfOutcome,
  walkSet,
  whatIf,
} from '@chiso/scoring';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { type FieldIssue, forbidden, issueAt, notFound, validationFailed } from '../../errors.ts';
import { ASSESSMENT, canSeeAssessment } from '../assessments/access.ts';
import { loadCriteria } from '../assessments/criteria.ts';
import { setFilter } from '../comparisons/cohort.ts';

const entryColumns = { select: { nodeCode: true, input: true, reviewedPoints: true } } as const;

export interface LoadedBasis {
  set: CriteriaSet;
  basis: WhatIfBasis;
  /** The assessment scored as it stands (as publication scores it). */
  result: UnitResult;
}

/**
 * What a what-if on one assessment needs, loaded once: its figures and reviewer points, the best
 * value of each share-of-best criterion, and the cohort's totals. The cohort is the assessments of
 * the same period, unit group and criteria version; people who may not see other units'
 * unpublished figures (unit officers, analysts, dashboards) are ranked against published results only.
 */
export async function loadWhatIfBasis(context: Context, assessmentId: string): Promise<LoadedBasis> {
  const assessment = await context.db.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      id: true,
      unitId: true,
      status: true,
      periodId: true,
      unitGroupId: true,
      versionId: true,
      version: { select: { id: true, revision: true } },
      entries: entryColumns,
    },
  });
  if (!assessment) throw notFound(ASSESSMENT);
  if (!canSeeAssessment(context.viewer, assessment)) throw forbidden();
  const { viewer } = context;
  const seesDrafts = viewer.kind === 'user' && (viewer.role === 'ADMIN' || viewer.role === 'REVIEWER');
  const published: Prisma.AssessmentWhereInput = { status: 'PUBLISHED', result: { notRankedCode: null } };
  const [set, members] = await Promise.all([
    loadCriteria(context.db, assessment.version),
    context.db.assessment.findMany({
      where: {
        periodId: assessment.periodId,
        unitGroupId: assessment.unitGroupId,
        versionId: assessment.versionId,
        id: { not: assessment.id },
        ...(seesDrafts && assessment.status !== 'PUBLISHED' ? {} : published),
      },
      select: { id: true, entries: entryColumns },
    }),
  ]);
  const inputs = inputsOf(assessment.entries);
  const memberInputs = members.map((member) => inputsOf(member.entries));
  const cohortBest = cohortBestOf(set, [inputs, ...memberInputs]);
  const cohort = members.map((member, index) => {
    const scored = whatIf(set, {
      id: member.id,
      inputs: memberInputs[index] as Inputs,
      overrides: overridesOf(member.entries),
      cohortBest,
      cohort: [],
    }).result;
    return {
      id: member.id,
      points: scored.points,
      maxPoints: scored.maxPoints,
      ranked: scored.notRanked.length === 0,
    };
  });
  const basis: WhatIfBasis = {
    id: assessment.id,
    inputs,
    overrides: overridesOf(assessment.entries),
    cohortBest,
    cohort,
  };
  return { set, basis, result: whatIf(set, basis).result };
}

/** One changed figure, as a client sends it. */
export const WhatIfChange = z.object({ code: z.string().max(100), value: z.unknown().optional() });
export type WhatIfChange = z.infer<typeof WhatIfChange>;

/**
 * Scores changed figures of an assessment (published or draft) without saving them: points, levels
 * and the rank the unit would have. A value its rule refuses is VALIDATION_FAILED, as on saving.
 */
export async function scoreWhatIf(
  context: Context,
  assessmentId: string,
  changes: readonly WhatIfChange[],
): Promise<WhatIfOutcome & { cohortSize: number }> {
  const { set, basis } = await loadWhatIfBasis(context, assessmentId);
  const nodes = scoredNodesByCode(set);
  const issues: FieldIssue[] = [];
  const values: Record<string, Inputs[string]> = {};
  changes.forEach((change, index) => {
    const node = nodes.get(change.code);
    if (!node) {
      issues.push(issueAt(`inputs.${index}.code`, problem('NODE_NOT_SCORED', { code: change.code })));
      return;
    }
    if (change.value === null || change.value === undefined) {
      values[change.code] = null;
      return;
    }
    const refused = checkRuleInput(node.rule, change.value, { max: node.max });
    if (refused) issues.push(issueAt(`inputs.${index}.value`, refused));
    else values[change.code] = change.value as Inputs[string];
  });
  if (issues.length > 0) throw validationFailed(issues);
  return { ...whatIf(set, basis, values), cohortSize: basis.cohort.length + 1 };
}

/** A criterion's effort: how much a point there weighs against a point elsewhere (checked by the input type). */
export const CriterionEffort = z.object({ code: z.string().max(100), weight: z.number().min(0.01).max(100) });
export type CriterionEffort = z.infer<typeof CriterionEffort>;

/** The cheapest way to the category's next level for the assessment as it stands. */
export async function nextLevelPathOf(
  context: Context,
  {
    assessmentId,
    categoryCode,
    effort,
  }: { assessmentId: string; categoryCode: string; effort: readonly CriterionEffort[] },
): Promise<NextLevelPath | null> {
  const { set, basis, result } = await loadWhatIfBasis(context, assessmentId);
  const known = new Set(
    [...walkSet(set)]
      .filter(({ kind }) => kind === 'criterion' || kind === 'indicator')
      .map(({ node }) => node.code),
  );
  const issues = effort.flatMap((entry, index) =>
    known.has(entry.code)
      ? []
      : [issueAt(`effort.${index}.code`, problem('NODE_NOT_SCORED', { code: entry.code }))],
  );
  if (issues.length > 0) throw validationFailed(issues);
  return (
    nextLevelPath(set, result, categoryCode, {
      cohortBest: basis.cohortBest,
      effort: Object.fromEntries(effort.map((entry) => [entry.code, entry.weight])),
    }) ?? null
  );
}

/**
 * The criteria whose improvement alone would lift the most units of a published cohort to their next
 * level, with the units' names.
 */
export async function levelLifters(
  context: Context,
  query: { periodId: string; unitGroupId: string; setCode: string | null; limit: number },
) {
  const assessments = await context.db.assessment.findMany({
    where: {
      periodId: query.periodId,
      unitGroupId: query.unitGroupId,
      status: 'PUBLISHED',
      result: { notRankedCode: null },
      version: setFilter(query.setCode),
    },
    select: {
      id: true,
      unit: { select: { name: true } },
      version: { select: { id: true, revision: true } },
      entries: entryColumns,
    },
    orderBy: { id: 'asc' },
  });
  const first = assessments[0];
  if (!first) return [];
  // One cohort is one criteria version: a group's set for the period has one.
  const members = assessments.filter((assessment) => assessment.version.id === first.version.id);
  const set = await loadCriteria(context.db, first.version);
  const allInputs = members.map((member) => inputsOf(member.entries));
  const cohortBest = cohortBestOf(set, allInputs);
  const results = members.map((member, index) => ({
    id: member.id,
    result: whatIf(set, {
      id: member.id,
      inputs: allInputs[index] as Inputs,
      overrides: overridesOf(member.entries),
      cohortBest,
      cohort: [],
    }).result,
  }));
  const names = new Map(members.map((member) => [member.id, member.unit.name]));
  return liftingCriteria(set, results, query.limit).map((criterion) => ({
    ...criterion,
    unitNames: criterion.units.map((id) => names.get(id) ?? id),
  }));
}
