import { inputsOf, overridesOf, type Prisma } from '@chiso/db';
import {
  type CriteriaSet,
  checkRuleInput,
  cohortBestOf,
  type Inputs,
  problem,
  scoredNodesByCode,
  type UnitResult,
  type WhatIfBasis,
  type WhatIfOutcome,
  whatIf,
} from '@chiso/scoring';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { type FieldIssue, forbidden, issueAt, notFound, validationFailed } from '../../errors.ts';
import { ASSESSMENT, canSeeAssessment } from '../assessments/access.ts';
import { loadCriteria } from '../assessments/criteria.ts';

const entryColumns = { select: { nodeCode: true, input: true, reviewedPoints: true } } as const;

export interface LoadedBasis {
  set: CriteriaSet;
  /** The criteria set's id (the Sở's effort weights are kept per set). */
  setId: string;
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
export async function loadWhatIfBasis(
  context: Context,
  assessmentId: string,
  /** Checks a request against the set before the cohort is loaded (refusals cost one statement). */
  check?: (set: CriteriaSet) => void,
): Promise<LoadedBasis> {
  const assessment = await context.db.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      id: true,
      unitId: true,
      status: true,
      periodId: true,
      unitGroupId: true,
      versionId: true,
      unit: { select: { provinceId: true } },
      version: { select: { id: true, revision: true, setId: true } },
      entries: entryColumns,
    },
  });
  if (!assessment) throw notFound(ASSESSMENT);
  if (!canSeeAssessment(context.viewer, assessment)) throw forbidden();
  const { viewer } = context;
  const seesDrafts = viewer.kind === 'user' && (viewer.role === 'ADMIN' || viewer.role === 'REVIEWER');
  const published: Prisma.AssessmentWhereInput = { status: 'PUBLISHED', result: { notRankedCode: null } };
  const set = await loadCriteria(context.db, assessment.version);
  check?.(set);
  const members = await context.db.assessment.findMany({
    where: {
      periodId: assessment.periodId,
      unitGroupId: assessment.unitGroupId,
      versionId: assessment.versionId,
      id: { not: assessment.id },
      ...(seesDrafts && assessment.status !== 'PUBLISHED' ? {} : published),
    },
    select: { id: true, entries: entryColumns },
  });
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
  return { set, setId: assessment.version.setId, basis, result: whatIf(set, basis).result };
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
  const values: Record<string, Inputs[string]> = {};
  const check = (set: CriteriaSet) => {
    const nodes = scoredNodesByCode(set);
    const issues: FieldIssue[] = [];
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
  };
  const { set, basis } = await loadWhatIfBasis(context, assessmentId, check);
  return { ...whatIf(set, basis, values), cohortSize: basis.cohort.length + 1 };
}
