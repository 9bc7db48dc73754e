import { problemFlag } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { invalidTransition } from '../../errors.ts';
import { createMissingAssessments } from './assessments.ts';
import { findPeriod, requireStatus } from './load.ts';

/** DRAFT → OPEN: units can start their self-assessment; one DRAFT assessment each is created. */
export async function openPeriod(context: Context, id: string) {
  return context.db.$transaction(async (tx) => {
    const before = await findPeriod(tx, id, context.viewer);
    requireStatus(before, ['DRAFT'], { vi: 'mở kỳ đánh giá', en: 'open the period' });
    if ((await tx.periodAssignment.count({ where: { periodId: id } })) === 0) {
      throw invalidTransition({
        vi: `Không thể mở kỳ ${before.code}: chưa giao bộ tiêu chí nào cho nhóm đơn vị nào.`,
        en: `Cannot open period ${before.code}: assign a criteria version to a unit group first.`,
      });
    }
    // The status in the condition keeps two admins from opening it twice at once.
    const { count } = await tx.period.updateMany({
      where: { id, status: 'DRAFT' },
      data: { status: 'OPEN', revision: { increment: 1 } },
    });
    if (count === 0)
      requireStatus(await findPeriod(tx, id, context.viewer), ['DRAFT'], {
        vi: 'mở kỳ',
        en: 'open the period',
      });
    const created = await createMissingAssessments(tx, before);
    const after = await findPeriod(tx, id, context.viewer);
    await audit(tx, context, {
      action: 'period.open',
      entityType: 'Period',
      entityId: id,
      before: { status: before.status },
      after: { status: after.status, assessmentsCreated: created },
    });
    return after;
  });
}

/** OPEN → CLOSED: no more self-assessment; review and publication follow. */
export async function closePeriod(context: Context, id: string) {
  return context.db.$transaction(async (tx) => {
    const before = await findPeriod(tx, id, context.viewer);
    requireStatus(before, ['OPEN'], { vi: 'đóng kỳ đánh giá', en: 'close the period' });
    const { count } = await tx.period.updateMany({
      where: { id, status: 'OPEN' },
      data: { status: 'CLOSED', revision: { increment: 1 } },
    });
    if (count === 0)
      requireStatus(await findPeriod(tx, id, context.viewer), ['OPEN'], {
        vi: 'đóng kỳ',
        en: 'close the period',
      });
    const after = await findPeriod(tx, id, context.viewer);
    await audit(tx, context, {
      action: 'period.close',
      entityType: 'Period',
      entityId: id,
      before: { status: before.status },
      after: { status: after.status },
    });
    return after;
  });
}

/** reopenPeriod's input besides the period (checked on the GraphQL input type). */
export const ReopenPeriodInput = z.object({
  reason: z.string().trim().min(1, problemFlag('PERIOD_REOPEN_REASON_REQUIRED')).max(4000),
});

/**
 * CLOSED → OPEN, with a reason (audited): self-assessment resumes until the period's deadline, e.g.
 * when it was closed too early. Published periods are corrected by reopening assessments instead.
 */
export async function reopenPeriod(context: Context, { id, reason }: { id: string; reason: string }) {
  return context.db.$transaction(async (tx) => {
    const before = await findPeriod(tx, id, context.viewer);
    requireStatus(before, ['CLOSED'], { vi: 'mở lại kỳ đánh giá', en: 'reopen the period' });
    const { count } = await tx.period.updateMany({
      where: { id, status: 'CLOSED' },
      data: { status: 'OPEN', revision: { increment: 1 } },
    });
    if (count === 0)
      requireStatus(await findPeriod(tx, id, context.viewer), ['CLOSED'], {
        vi: 'mở lại kỳ',
        en: 'reopen the period',
      });
    const after = await findPeriod(tx, id, context.viewer);
    await audit(tx, context, {
      action: 'period.reopen',
      entityType: 'Period',
      entityId: id,
      before: { status: before.status },
      after: { status: after.status, reason },
    });
    return after;
  });
}
