import type { Period, Tx } from '@chiso/db';
import type { Viewer } from '../../context.ts';
import { invalidTransition } from '../../errors.ts';
import { dayOf } from './dates.ts';

/** Vietnam is UTC+7 all year: a deadline day ends at midnight in Hà Nội, not in UTC. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Today in Vietnam, as a day (2023-01-15). */
export const todayInVietnam = (now = new Date()) => dayOf(new Date(now.getTime() + VIETNAM_OFFSET_MS));

/** The day a unit must submit by: its extension when it has one, else the period's deadline (or none). */
export function dueOn(
  period: { submissionDue: Date | null },
  extension: { dueOn: Date } | null | undefined,
): Date | null {
  return extension?.dueOn ?? period.submissionDue;
}

/** The deadline has passed once its day is over in Vietnam; no deadline never passes. */
const isPastDue = (due: Date | null, now = new Date()) => due !== null && dayOf(due) < todayInVietnam(now);

/**
 * Whether a unit still working on its self-assessment may still submit: its period is open and its
 * deadline (or extension) has not passed, or it has a running extension, or the Sở reopened its
 * assessment for correction. Otherwise it did not submit in time.
 */
export function stillMaySubmit(
  period: Pick<Period, 'status' | 'submissionDue'>,
  assessment: { reopenReason: string | null },
  extension: { dueOn: Date } | undefined,
  now = new Date(),
): boolean {
  if (assessment.reopenReason) return true;
  if (extension && !isPastDue(extension.dueOn, now)) return true;
  return period.status === 'OPEN' && !isPastDue(dueOn(period, extension), now);
}

const fmt = (day: Date) => dayOf(day).split('-').reverse().join('/');

/**
 * A unit officer edits, attaches evidence and submits only while the period is open and its deadline
 * (or its own extension) has not passed; an extension also reopens the window after the period
 * closed, and so does the Sở reopening the assessment for correction. The Sở's admins are not bound
 * by deadlines: they fill in for a unit when asked.
 */
export async function assertWithinDeadline(
  tx: Tx,
  viewer: Viewer,
  assessment: { periodId: string; unitId: string; reopenReason: string | null },
  now = new Date(),
): Promise<void> {
  if (viewer.kind === 'user' && viewer.role === 'ADMIN') return;
  if (assessment.reopenReason) return;
  const [period, extension] = await Promise.all([
    tx.period.findUniqueOrThrow({
      where: { id: assessment.periodId },
      select: { code: true, status: true, submissionDue: true },
    }),
    tx.deadlineExtension.findUnique({
      where: { periodId_unitId: { periodId: assessment.periodId, unitId: assessment.unitId } },
      select: { dueOn: true },
    }),
  ]);
  if (extension && !isPastDue(extension.dueOn, now)) return;
  if (period.status !== 'OPEN') {
    throw invalidTransition({
      vi: `Kỳ ${period.code} đã kết thúc tự đánh giá: không thể sửa hoặc nộp phiếu nếu chưa được Sở gia hạn.`,
      en: `Self-assessment in period ${period.code} has ended: the assessment cannot be changed or submitted unless the Sở grants an extension.`,
    });
  }
  const due = dueOn(period, extension);
  if (due && isPastDue(due, now)) {
    throw invalidTransition({
      vi: `Đã quá hạn nộp báo cáo (${fmt(due)}): không thể sửa hoặc nộp phiếu nếu chưa được Sở gia hạn.`,
      en: `The submission deadline (${fmt(due)}) has passed: the assessment cannot be changed or submitted unless the Sở grants an extension.`,
    });
  }
}
