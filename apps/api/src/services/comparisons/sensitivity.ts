import { problem, type WeightScenario, weightSensitivityFlat } from '@chiso/scoring';
import type { Context } from '../../context.ts';
import { issueAt, validationFailed } from '../../errors.ts';
import { type Column, loadCohort, type UnitView } from './cohort.ts';

export interface RankSensitivity {
  percent: number;
  cohortSize: number;
  groups: Column[];
  scenarios: Array<WeightScenario<UnitView> & { column: Column | undefined }>;
}

/** How ranks by total move when each criteria group's weight moves ±percent (the others at 1). */
export async function rankSensitivity(
  context: Context,
  input: { periodId: string; unitGroupId: string; setCode?: string | null | undefined; percent: number },
): Promise<RankSensitivity> {
  if (!(Number.isInteger(input.percent) && input.percent >= 1 && input.percent <= 50)) {
    throw validationFailed([issueAt('percent', problem('SENSITIVITY_PERCENT_RANGE'))]);
  }
  const cohort = await loadCohort(context.db, {
    periodId: input.periodId,
    unitGroupId: input.unitGroupId,
    setCode: input.setCode,
    nodeKinds: ['GROUP'],
  });
  const groups = cohort.columns.filter((column) => column.kind === 'GROUP');
  // Ranks by total exist only for units ranked in every category: the others do not move.
  const ranked = cohort.members.filter((member) => member.notRanked.length === 0);
  // One column per group over the ranked units: each scenario re-ranks in flat loops.
  const columns = groups.map((group) => {
    const points = new Float64Array(ranked.length);
    const maxPoints = new Float64Array(ranked.length);
    ranked.forEach((member, index) => {
      const node = member.nodes.get(group.code);
      points[index] = node?.points ?? 0;
      maxPoints[index] = node?.maxPoints ?? 0;
    });
    return { code: group.code, points, maxPoints };
  });
  const scenarios = weightSensitivityFlat(
    ranked.map((member) => member.unit),
    columns,
    groups.map((group) => group.code),
    input.percent,
  );
  return {
    percent: input.percent,
    cohortSize: ranked.length,
    groups,
    scenarios: scenarios.map((scenario) => ({
      ...scenario,
      column: groups.find((group) => group.code === scenario.group),
    })),
  };
}
