import { searchName } from '@chiso/db';
import { problem } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import { assertOwnsProvince } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { issueAt, notFound, validationFailed } from '../../errors.ts';

/** renameUnit's input (checked on the GraphQL input type). */
export const RenameUnitInput = z.object({
  name: z.string().trim().min(1).max(200),
  date: z.iso.date(),
  document: z.string().trim().min(1).max(100).nullish(),
});

/** A new name for the same unit (its results stay its own), recorded as a RENAMED lineage event. */
export async function renameUnit(context: Context, unitId: string, data: z.output<typeof RenameUnitInput>) {
  const date = new Date(`${data.date}T00:00:00.000Z`);
  return context.db.$transaction(async (tx) => {
    const before = await tx.unit.findUnique({ where: { id: unitId } });
    if (!before) throw notFound({ vi: 'đơn vị', en: 'the unit' });
    assertOwnsProvince(context.viewer, before.provinceId);
    const issues = [
      ...(before.name === data.name
        ? [issueAt('name', problem('UNIT_ALREADY_NAMED', { name: data.name }))]
        : []),
      ...(date < before.validFrom
        ? [issueAt('date', problem('BEFORE_UNIT_BEGAN', { name: before.name, from: day(before.validFrom) }))]
        : []),
      ...(before.endedOn && date > before.endedOn
        ? [issueAt('date', problem('UNIT_ENDED', { name: before.name, on: day(before.endedOn) }))]
        : []),
    ];
    if (issues.length > 0) throw validationFailed(issues);
    const after = await tx.unit.update({
      where: { id: unitId },
      data: { name: data.name, searchName: searchName(data.name) },
    });
    const event = await tx.unitLineageEvent.create({
      data: {
        kind: 'RENAMED',
        date,
        document: data.document ?? null,
        oldName: before.name,
        links: { create: [{ fromUnitId: unitId, toUnitId: unitId }] },
      },
    });
    await audit(tx, context, {
      action: 'unit.rename',
      entityType: 'Unit',
      entityId: unitId,
      before: { name: before.name },
      after: { name: after.name, eventId: event.id, date: data.date, document: data.document ?? null },
    });
    return after;
  });
}

const day = (date: Date) => date.toISOString().slice(0, 10);
