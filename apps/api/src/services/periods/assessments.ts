import type { Tx } from '@chiso/db';

/**
 * One DRAFT assessment per unit of each assigned group and each assigned version, for units existing
 * during the period. Idempotent (unique per period, unit and version), so it also serves assignments
 * added after the period opened. Two statements whatever the number of units.
 */
export async function createMissingAssessments(
  tx: Tx,
  period: { id: string; startsOn: Date; endsOn: Date },
): Promise<number> {
  const assignments = await tx.periodAssignment.findMany({
    where: { periodId: period.id },
    select: {
      versionId: true,
      unitGroupId: true,
      unitGroup: {
        select: {
          units: {
            where: {
              validFrom: { lte: period.endsOn },
              OR: [{ endedOn: null }, { endedOn: { gte: period.startsOn } }],
            },
            select: { id: true },
          },
        },
      },
    },
  });
  const rows = assignments.flatMap((assignment) =>
    assignment.unitGroup.units.map((unit) => ({
      periodId: period.id,
      unitId: unit.id,
      versionId: assignment.versionId,
      unitGroupId: assignment.unitGroupId,
    })),
  );
  if (rows.length === 0) return 0;
  const { count } = await tx.assessment.createMany({ data: rows, skipDuplicates: true });
  return count;
}
