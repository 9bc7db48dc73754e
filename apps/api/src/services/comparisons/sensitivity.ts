import { problem, type WeightScenario, weightSensitivity } from '@chiso/scoring';
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
  const units = cohort.members
    .filter((member) => member.notRanked.length === 0)
    .map((member) => ({
      item: member.unit,
      groups: new Map(
        groups.map((group) => {
          const node = member.nodes.get(group.code);
          return [group.code, { points: node?.points ?? 0, maxPoints: node?.maxPoints ?? 0 }] as const;
        }),
      ),
    }));
  const scenarios = weightSensitivity(
    units,
    groups.map((group) => group.code),
    input.percent,
  );
  return {
    percent: input.percent,
    cohortSize: units.length,
    groups,
    scenarios: scenarios.map((scenario) => ({
      ...scenario,
      column: groups.find((group) => group.code === scenario.group),
    })),
  };
}
