import { type Prisma, searchName, type Tx } from '@chiso/db';
import { problem, problemFlag } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import { assertOwnsProvince } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { type FieldIssue, issueAt, notFound, validationFailed } from '../../errors.ts';

/**
 * Merges and splits the admin records in the console, as the 2025 import writes them: the old units
 * end the day before, new units begin on the day, and one lineage event links them (partial links for
 * the pieces of a split), so comparisons across periods follow them.
 */
const NewUnit = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{2,20}$/, problemFlag('UNIT_CODE_FORMAT')),
  name: z.string().trim().min(1).max(200),
  type: z.string().trim().min(1).max(50),
});

/** mergeUnits' input (checked on the GraphQL input type; the new unit's parent is an ID beside it). */
export const MergeUnitsInput = z.object({
  unitIds: z.array(z.string()).min(2).max(200),
  date: z.iso.date(),
  document: z.string().trim().min(1).max(100).nullish(),
  successor: NewUnit,
});

/** splitUnit's input besides the unit split. */
export const SplitUnitInput = z.object({
  date: z.iso.date(),
  document: z.string().trim().min(1).max(100).nullish(),
  successors: z.array(NewUnit).min(2).max(50),
});

const unitWord = { vi: 'đơn vị', en: 'the unit' };
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The old units must exist the day before and not have ended: a change happens once. */
function checkPredecessors(
  units: Array<{ name: string; validFrom: Date; endedOn: Date | null }>,
  date: Date,
  path: string,
): FieldIssue[] {
  return units.flatMap((unit) => {
    if (unit.endedOn) {
      return [issueAt(path, problem('UNIT_ENDED', { name: unit.name, on: isoDay(unit.endedOn) }))];
    }
    if (unit.validFrom >= date) {
      return [
        issueAt('date', problem('BEFORE_UNIT_BEGAN', { name: unit.name, from: isoDay(unit.validFrom) })),
      ];
    }
    return [];
  });
}

/** A new unit's code may not be held by another unit that still exists (except the ones it replaces). */
async function checkCodes(tx: Tx, codes: string[], replaced: string[], path: string): Promise<FieldIssue[]> {
  const taken = await tx.unit.findMany({
    where: { code: { in: codes }, endedOn: null, id: { notIn: replaced } },
    select: { code: true, name: true },
  });
  const repeated = codes.filter((code, index) => codes.indexOf(code) !== index);
  return [
    ...taken.map((unit) => issueAt(path, problem('CODE_TAKEN', { code: unit.code, holder: unit.name }))),
    ...repeated.map((code) => issueAt(path, problem('CODE_REPEATED', { code }))),
  ];
}

const newUnitData = (
  unit: z.output<typeof NewUnit>,
  from: { kind: Prisma.UnitCreateManyInput['kind']; parentId: string | null; groupId: string | null },
  date: Date,
): Prisma.UnitCreateManyInput => ({
  code: unit.code,
  name: unit.name,
  searchName: searchName(unit.name),
  type: unit.type,
  validFrom: date,
  ...from,
});

/** Several units become one new unit (sáp nhập). */
export async function mergeUnits(
  context: Context,
  data: z.output<typeof MergeUnitsInput> & {
    /** Where the new unit sits; by default the parent its predecessors share. */
    parentId: string | null;
  },
) {
  const ids = [...new Set(data.unitIds)];
  const date = new Date(`${data.date}T00:00:00.000Z`);
  return context.db.$transaction(async (tx) => {
    const units = await tx.unit.findMany({ where: { id: { in: ids } } });
    if (units.length !== ids.length) throw notFound(unitWord);
    for (const unit of units) assertOwnsProvince(context.viewer, unit.provinceId);
    const parents = new Set(units.map((unit) => unit.parentId));
    const kinds = new Set(units.map((unit) => unit.kind));
    const parentId = data.parentId ?? (parents.size === 1 ? [...parents][0] : undefined);
    const issues = [
      ...(ids.length < 2 ? [issueAt('unitIds', problem('TOO_FEW'))] : []),
      ...checkPredecessors(units, date, 'unitIds'),
      ...(kinds.size > 1 ? [issueAt('unitIds', problem('KINDS_DIFFER'))] : []),
      ...(parentId === undefined ? [issueAt('parentId', problem('PARENT_NEEDED'))] : []),
      ...(await checkCodes(tx, [data.successor.code], ids, 'successor.code')),
    ];
    if (issues.length > 0) throw validationFailed(issues);
    if (data.parentId) {
      const parent = await tx.unit.findFirst({ where: { id: data.parentId, endedOn: null } });
      if (!parent) throw notFound({ vi: 'đơn vị cấp trên', en: 'the parent unit' });
      assertOwnsProvince(context.viewer, parent.provinceId);
    }
    const groups = new Set(units.map((unit) => unit.groupId));
    const successor = await tx.unit.create({
      data: newUnitData(
        data.successor,
        {
          kind: [...kinds][0] as Prisma.UnitCreateManyInput['kind'],
          parentId: parentId ?? null,
          groupId: groups.size === 1 ? ([...groups][0] ?? null) : null,
        },
        date,
      ),
    });
    await tx.unit.updateMany({
      where: { id: { in: ids } },
      data: { endedOn: new Date(date.getTime() - 86_400_000) },
    });
    // Communes of merged districts go on under the new district.
    await tx.unit.updateMany({
      where: { parentId: { in: ids }, endedOn: null },
      data: { parentId: successor.id },
    });
    const event = await tx.unitLineageEvent.create({
      data: {
        kind: 'MERGED',
        date,
        document: data.document ?? null,
        links: { create: units.map((unit) => ({ fromUnitId: unit.id, toUnitId: successor.id })) },
      },
    });
    await audit(tx, context, {
      action: 'unit.merge',
      entityType: 'Unit',
      entityId: successor.id,
      before: units.map((unit) => ({ id: unit.id, code: unit.code, name: unit.name })),
      after: { ...successor, eventId: event.id, document: data.document ?? null },
    });
    return successor;
  });
}

/** One unit becomes several new units (chia tách); each is linked to it as a part. */
export async function splitUnit(
  context: Context,
  data: z.output<typeof SplitUnitInput> & { unitId: string },
) {
  const date = new Date(`${data.date}T00:00:00.000Z`);
  return context.db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({ where: { id: data.unitId } });
    if (!unit) throw notFound(unitWord);
    assertOwnsProvince(context.viewer, unit.provinceId);
    const issues = [
      ...checkPredecessors([unit], date, 'unitId'),
      ...(await checkCodes(
        tx,
        data.successors.map((successor) => successor.code),
        [unit.id],
        'successors',
      )),
    ];
    if (issues.length > 0) throw validationFailed(issues);
    const from = { kind: unit.kind, parentId: unit.parentId, groupId: unit.groupId };
    const successors = await tx.unit.createManyAndReturn({
      data: data.successors.map((successor) => newUnitData(successor, from, date)),
    });
    await tx.unit.update({
      where: { id: unit.id },
      data: { endedOn: new Date(date.getTime() - 86_400_000) },
    });
    const event = await tx.unitLineageEvent.create({
      data: {
        kind: 'SPLIT',
        date,
        document: data.document ?? null,
        links: {
          create: successors.map((successor) => ({
            fromUnitId: unit.id,
            toUnitId: successor.id,
            partial: true,
          })),
        },
      },
    });
    await audit(tx, context, {
      action: 'unit.split',
      entityType: 'Unit',
      entityId: unit.id,
      before: { code: unit.code, name: unit.name },
      after: { successors, eventId: event.id, document: data.document ?? null },
    });
    // In the order given.
    return data.successors.map(
      (wanted) => successors.find((successor) => successor.code === wanted.code) ?? successors[0],
    ) as typeof successors;
  });
}
