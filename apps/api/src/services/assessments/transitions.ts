import type { AssessmentStatus } from '@chiso/db';
import { z } from 'zod';
import { conflict, invalidTransition, type Message } from '../../errors.ts';
import { ASSESSMENT } from './access.ts';

const STATUS: Record<AssessmentStatus, Message> = {
  DRAFT: { vi: 'đang soạn', en: 'draft' },
  SUBMITTED: { vi: 'đã nộp', en: 'submitted' },
  RETURNED: { vi: 'bị trả lại', en: 'returned' },
  APPROVED: { vi: 'đã duyệt', en: 'approved' },
  PUBLISHED: { vi: 'đã công bố', en: 'published' },
};

export const statusName = (status: AssessmentStatus) => STATUS[status];

/** Refuses a step the workflow does not allow from the assessment's current status. */
export function assertStatus(
  assessment: { status: AssessmentStatus },
  allowed: readonly AssessmentStatus[],
  action: Message,
): void {
  if (allowed.includes(assessment.status)) return;
  const current = STATUS[assessment.status];
  const from = allowed.map((status) => STATUS[status]);
  throw invalidTransition({
    vi: `Không thể ${action.vi}: phiếu đang ở trạng thái "${current.vi}" (chỉ được khi ${from.map((s) => `"${s.vi}"`).join(' hoặc ')}).`,
    en: `Cannot ${action.en}: the assessment is ${current.en} (only possible when ${from.map((s) => s.en).join(' or ')}).`,
  });
}

/** The client's revision must be the stored one: otherwise someone changed it since it was read. */
export function assertRevision(assessment: { revision: number }, revision: number): void {
  if (assessment.revision !== revision) throw conflict(ASSESSMENT);
}

/** What every change to an assessment's input carries: the revision the client read (checked on the input type). */
export const RevisionInput = z.object({ revision: z.number().int().nonnegative() });

/** The assessment a change acts on (its raw id) and the revision the client read. */
export interface AssessmentAt {
  id: string;
  revision: number;
}
