import { searchName } from '@chiso/db';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { notFound, validationFailed } from '../../errors.ts';
import { parseInput } from '../validate.ts';

export const renameUnitInput = z.object({
  name: z.string().trim().min(1).max(200),
  date: z.iso.date(),
  document: z.string().trim().min(1).max(100).nullable(),
});

/** A new name for the same unit (its results stay its own), recorded as a RENAMED lineage event. */
export async function renameUnit(
  context: Context,
  unitId: string,
  input: { name: string; date: string; document?: string | null },
) {
  const data = parseInput(renameUnitInput, { ...input, document: input.document ?? null });
  const date = new Date(`${data.date}T00:00:00.000Z`);
  return context.db.$transaction(async (tx) => {
    const before = await tx.unit.findUnique({ where: { id: unitId } });
    if (!before) throw notFound({ vi: 'đơn vị', en: 'the unit' });
    const issues = [
      ...(before.name === data.name
        ? [{ path: 'name', message: `the unit is already called "${data.name}"` }]
        : []),
      ...(date < before.validFrom
        ? [{ path: 'date', message: `the unit exists only from ${day(before.validFrom)}` }]
        : []),
      ...(before.endedOn && date > before.endedOn
        ? [{ path: 'date', message: `the unit ended on ${day(before.endedOn)}` }]
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
        document: data.document,
        oldName: before.name,
        links: { create: [{ fromUnitId: unitId, toUnitId: unitId }] },
      },
    });
    await audit(tx, context, {
      action: 'unit.rename',
      entityType: 'Unit',
      entityId: unitId,
      before: { name: before.name },
      after: { name: after.name, eventId: event.id, date: data.date, document: data.document },
    });
    return after;
  });
}

const day = (date: Date) => date.toISOString().slice(0, 10);
