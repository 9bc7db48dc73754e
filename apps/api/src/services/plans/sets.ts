import type { Tx } from '@chiso/db';
import type { CriteriaSet } from '@chiso/scoring';
import { criteriaOf } from '../assessments/criteria.ts';

/** A criteria set the unit is assessed on in the plan's period, with that period's version of it. */
export interface PlanSet {
  setId: string;
  code: string;
  name: { vi: string; en: string };
  /** The ministry's set this one supplements (a province's own set), if any. */
  supplements: string | null;
  criteria: CriteriaSet;
}

const versionWithSet = {
  id: true,
  revision: true,
  document: true,
  set: { select: { id: true, code: true, name: true, nameEn: true, supplements: true } },
} as const;

/**
 * The sets a plan may target: those of the unit's assessments in the period, or, before they are
 * created (a plan made when the period is still being prepared), those assigned to the unit's group.
 * Both sets of a district (the ministry's and the province's own) are there, so one plan spans them.
 */
export async function planSets(tx: Tx, unitId: string, periodId: string): Promise<PlanSet[]> {
  const assessed = await tx.assessment.findMany({
    where: { unitId, periodId },
    select: { version: { select: versionWithSet } },
  });
  let versions = assessed.map((assessment) => assessment.version);
  if (versions.length === 0) {
    const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { groupId: true } });
    const assigned = unit?.groupId
      ? await tx.periodAssignment.findMany({
          where: { periodId, unitGroupId: unit.groupId },
          select: { version: { select: versionWithSet } },
        })
      : [];
    versions = assigned.map((assignment) => assignment.version);
  }
  return versions
    .map((version) => ({
      setId: version.set.id,
      code: version.set.code,
      name: { vi: version.set.name, en: version.set.nameEn },
      supplements: version.set.supplements,
      criteria: criteriaOf(version),
    }))
    .sort(
      (a, b) =>
        Number(a.supplements !== null) - Number(b.supplements !== null) || a.code.localeCompare(b.code),
    );
}

/** `setId:nodeCode` → points in hundredths of the unit's published result in `periodId`. */
export async function publishedPoints(
  tx: Tx,
  unitId: string,
  periodId: string,
): Promise<Map<string, number>> {
  const nodes = await tx.resultNode.findMany({
    where: { assessment: { unitId, periodId, status: 'PUBLISHED' } },
    select: {
      nodeCode: true,
      points: true,
      assessment: { select: { version: { select: { setId: true } } } },
    },
  });
  return new Map(nodes.map((node) => [pointKey(node.assessment.version.setId, node.nodeCode), node.points]));
}

export const pointKey = (setId: string, nodeCode: string) => `${setId}:${nodeCode}`;
