import type { Tx } from '@chiso/db';
import { problem, problemFlag } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import { assertOwnsProvince, assertSeesProvince } from '../../auth/provinces.ts';
import type { Context, Viewer } from '../../context.ts';
import { forbidden, issueAt, notFound, validationFailed } from '../../errors.ts';
import { Day, toDate } from './dates.ts';
import { todayInVietnam } from './deadlines.ts';
import { findPeriod, requireStatus } from './load.ts';

/** grantDeadlineExtension's input besides the period and unit (checked on the GraphQL input type). */
export const GrantDeadlineExtensionInput = z.object({
  dueOn: Day,
  reason: z.string().trim().min(1, problemFlag('EXTENSION_REASON_REQUIRED')).max(4000),
});

/**
 * An extension is the unit's: its province's admins grant it, in their province's periods and in
 * national ones (the ministry runs those, each Sở follows its own units); FORBIDDEN otherwise.
 */
async function extensionScope(tx: Tx, viewer: Viewer, key: { periodId: string; unitId: string }) {
  const period = await findPeriod(tx, key.periodId);
  assertSeesProvince(viewer, period.provinceId);
  const unit = await tx.unit.findUnique({ where: { id: key.unitId }, select: { provinceId: true } });
  if (!unit) throw notFound({ vi: 'đơn vị', en: 'the unit' });
  assertOwnsProvince(viewer, unit.provinceId);
  return period;
}

/**
 * Gives one unit more time to submit (gia hạn): it may edit and submit until `dueOn`, even after
 * the period's deadline or its closing. Granting again replaces the day and the reason.
 */
export async function grantDeadlineExtension(
  context: Context,
  data: { periodId: string; unitId: string } & z.output<typeof GrantDeadlineExtensionInput>,
) {
  if (context.viewer.kind !== 'user') throw forbidden();
  const grantedById = context.viewer.userId;
  if (data.dueOn < todayInVietnam()) {
    throw validationFailed([issueAt('dueOn', problem('DEADLINE_IN_PAST', { dueOn: data.dueOn }))]);
  }
  return context.db.$transaction(async (tx) => {
    const period = await extensionScope(tx, context.viewer, data);
    requireStatus(period, ['OPEN', 'CLOSED'], { vi: 'gia hạn nộp báo cáo', en: 'extend a deadline' });
    const assessed = await tx.assessment.findFirst({
      where: { periodId: period.id, unitId: data.unitId },
      select: { status: true, unit: { select: { name: true } } },
    });
    if (!assessed)
      throw notFound({
        vi: 'phiếu đánh giá của đơn vị trong kỳ này',
        en: "the unit's assessment in this period",
      });
    const key = { periodId: period.id, unitId: data.unitId };
    const before = await tx.deadlineExtension.findUnique({ where: { periodId_unitId: key } });
    const fields = { dueOn: toDate(data.dueOn), reason: data.reason, grantedById };
    const after = await tx.deadlineExtension.upsert({
      where: { periodId_unitId: key },
      create: { ...key, ...fields },
      update: fields,
    });
    await audit(tx, context, {
      action: 'period.grantDeadlineExtension',
      entityType: 'Period',
      entityId: period.id,
      before,
      after: { ...after, unit: assessed.unit.name },
    });
    return period;
  });
}

/** Withdraws an extension: the period's own deadline applies to the unit again. */
export async function revokeDeadlineExtension(context: Context, key: { periodId: string; unitId: string }) {
  return context.db.$transaction(async (tx) => {
    const period = await extensionScope(tx, context.viewer, key);
    const before = await tx.deadlineExtension.findUnique({ where: { periodId_unitId: key } });
    if (!before) throw notFound({ vi: 'việc gia hạn này', en: 'this extension' });
    await tx.deadlineExtension.delete({ where: { id: before.id } });
    await audit(tx, context, {
      action: 'period.revokeDeadlineExtension',
      entityType: 'Period',
      entityId: period.id,
      before,
    });
    return period;
  });
}
