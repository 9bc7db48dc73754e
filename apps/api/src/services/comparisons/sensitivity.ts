import { type GroupColumn, problem, type WeightScenario, weightSensitivityFlat } from '@chiso/scoring';
import { provinceOf } from '../../auth/provinces.ts';
import { remembered } from '../../cache/what-if-memory.ts';
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
  const { groups, ranked, columns } = await remembered(
    context,
    `sensitivity:${input.periodId}:${input.unitGroupId}:${input.setCode ?? ''}`,
    () => groupColumns(context, input),
  );
  const scenarios = weightSensitivityFlat(
    ranked,
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

/**
 * The cohort's groups and, over the units ranked by total, one column per group: read once per
 * published cohort (the what-if memory keeps it), then every percentage re-ranks in flat loops.
 */
async function groupColumns(
  context: Context,
  input: { periodId: string; unitGroupId: string; setCode?: string | null | undefined },
): Promise<{ groups: Column[]; ranked: UnitView[]; columns: GroupColumn[] }> {
  const cohort = await loadCohort(context.db, {
    provinceId: provinceOf(context.viewer),
    periodId: input.periodId,
    unitGroupId: input.unitGroupId,
    setCode: input.setCode,
    nodeKinds: ['GROUP'],
  });
  const groups = cohort.columns.filter((column) => column.kind === 'GROUP');
  // Ranks by total exist only for units ranked in every category: the others do not move.
  const ranked = cohort.members.filter((member) => member.notRanked.length === 0);
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
  return { groups, ranked: ranked.map((member) => member.unit), columns };
}
