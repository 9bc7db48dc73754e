import { inputsOf, overridesOf } from '@chiso/db';
import { cohortBestOf, type Inputs, liftingCriteria, whatIf } from '@chiso/scoring';
import type { Context } from '../../context.ts';
import { loadCriteria } from '../assessments/criteria.ts';
import { setFilter } from '../comparisons/cohort.ts';
import type { CriterionEffort } from '../criteria/efforts.ts';
import { effortFor } from './next-level.ts';

const entryColumns = { select: { nodeCode: true, input: true, reviewedPoints: true } } as const;

/**
 * The criteria whose improvement alone would lift the most units of a published cohort to their next
 * level, with the units' names; equal counts by the effort given, else the Sở's stored weights.
 */
export async function levelLifters(
  context: Context,
  query: {
    periodId: string;
    unitGroupId: string;
    setCode: string | null;
    limit: number;
    effort?: readonly CriterionEffort[] | null | undefined;
  },
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
      version: { select: { id: true, revision: true, setId: true } },
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
  const { effort } = await effortFor(context, first.version.setId, query.effort);
  return liftingCriteria(set, results, query.limit, { effort }).map((criterion) => ({
    ...criterion,
    unitNames: criterion.units.map((id) => names.get(id) ?? id),
  }));
}
