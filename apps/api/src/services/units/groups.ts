import { problem, problemFlag } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import { assertOwnsProvince, groupsInScope, provinceOf, unitsInScope } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { issueAt, notFound, validationFailed } from '../../errors.ts';

const group = { vi: 'nhóm đơn vị', en: 'the unit group' };

const GroupFields = z.object({
  name: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  position: z.number().int().min(0).max(1000),
});

/** createUnitGroup's input (checked on the GraphQL input type). */
export const CreateUnitGroupInput = GroupFields.extend({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,20}$/, problemFlag('UNIT_GROUP_CODE_FORMAT')),
  position: GroupFields.shape.position.nullish(),
});

/** Nhóm đơn vị: a cohort units are ranked in. */
export async function createUnitGroup(context: Context, input: z.output<typeof CreateUnitGroupInput>) {
  const data = { ...input, position: input.position ?? 0 };
  return context.db.$transaction(async (tx) => {
    // Taken when its creator sees a group of that code (as for periods: periods/write.ts).
    if (await tx.unitGroup.findFirst({ where: { code: data.code, ...groupsInScope(context.viewer) } })) {
      throw validationFailed([issueAt('code', problem('UNIT_GROUP_CODE_TAKEN', { code: data.code }))]);
    }
    // A province's admin makes its groups; a national admin, national ones.
    const created = await tx.unitGroup.create({ data: { ...data, provinceId: provinceOf(context.viewer) } });
    await audit(tx, context, {
      action: 'unitGroup.create',
      entityType: 'UnitGroup',
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

/** updateUnitGroup's input: only the fields given change (null or absent keeps the value). */
export const UpdateUnitGroupInput = z.object({
  name: GroupFields.shape.name.nullish(),
  nameEn: GroupFields.shape.nameEn.nullish(),
  position: GroupFields.shape.position.nullish(),
});

export async function updateUnitGroup(
  context: Context,
  id: string,
  input: z.output<typeof UpdateUnitGroupInput>,
) {
  const data = Object.fromEntries(Object.entries(input).filter(([, value]) => value != null));
  return context.db.$transaction(async (tx) => {
    const before = await tx.unitGroup.findUnique({ where: { id } });
    if (!before) throw notFound(group);
    assertOwnsProvince(context.viewer, before.provinceId);
    const after = await tx.unitGroup.update({ where: { id }, data });
    await audit(tx, context, {
      action: 'unitGroup.update',
      entityType: 'UnitGroup',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** assignUnitsToGroup's and removeUnitsFromGroup's input: between 1 and 5,000 units at a time. */
export const AssignUnitsToGroupInput = z.object({ unitIds: z.array(z.string()).min(1).max(5000) });

/** Puts units into a group (a unit is in one group at a time, so they leave their old one). */
export async function assignUnitsToGroup(context: Context, groupId: string, unitIds: readonly string[]) {
  const ids = [...new Set(unitIds)];
  return context.db.$transaction(async (tx) => {
    const target = await tx.unitGroup.findUnique({ where: { id: groupId } });
    if (!target) throw notFound(group);
    assertOwnsProvince(context.viewer, target.provinceId);
    // Another province's units are not found.
    const units = await tx.unit.findMany({
      where: { id: { in: ids }, AND: [unitsInScope(context.viewer)] },
      select: { id: true, groupId: true },
    });
    if (units.length !== ids.length) {
      const found = new Set(units.map((unit) => unit.id));
      const missing = ids.filter((id) => !found.has(id));
      throw notFound({
        vi: `đơn vị (${missing.length} mã không tồn tại)`,
        en: `${missing.length} of the units`,
      });
    }
    await tx.unit.updateMany({ where: { id: { in: ids } }, data: { groupId } });
    await audit(tx, context, {
      action: 'unitGroup.assignUnits',
      entityType: 'UnitGroup',
      entityId: groupId,
      before: units,
      after: { unitIds: ids },
    });
    return target;
  });
}

/** Takes units out of the group: they are in no group until assigned again. */
export async function removeUnitsFromGroup(context: Context, groupId: string, unitIds: readonly string[]) {
  const ids = [...new Set(unitIds)];
  return context.db.$transaction(async (tx) => {
    const target = await tx.unitGroup.findUnique({ where: { id: groupId } });
    if (!target) throw notFound(group);
    assertOwnsProvince(context.viewer, target.provinceId);
    const members = await tx.unit.findMany({ where: { id: { in: ids }, groupId }, select: { id: true } });
    if (members.length !== ids.length) {
      throw notFound({
        vi: `đơn vị trong nhóm (${ids.length - members.length} đơn vị không thuộc nhóm này)`,
        en: `${ids.length - members.length} of the units in this group`,
      });
    }
    await tx.unit.updateMany({ where: { id: { in: ids } }, data: { groupId: null } });
    await audit(tx, context, {
      action: 'unitGroup.removeUnits',
      entityType: 'UnitGroup',
      entityId: groupId,
      before: { unitIds: ids },
    });
    return target;
  });
}
