import type { AssessmentStatus } from '@chiso/db';
import { z } from 'zod';
import { conflict, type Message, wrongStatus } from '../../errors.ts';
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
  throw wrongStatus(STATUS, { vi: 'phiếu', en: 'the assessment' }, assessment.status, allowed, action);
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
