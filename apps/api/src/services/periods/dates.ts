import { problem, problemFlag } from '@chiso/scoring';
import { z } from 'zod';
import { type FieldIssue, issueAt } from '../../errors.ts';

export const Day = z.iso.date(problemFlag('DAY_FORMAT'));
export const toDate = (day: string) => new Date(`${day}T00:00:00.000Z`);
export const dayOf = (date: Date) => date.toISOString().slice(0, 10);

const DAY_MS = 86_400_000;
/** Self-assessment and review happen after the period, but within the following year. */
const DUE_AFTER_END_DAYS = 366;
const LONGEST: Record<'HALF_YEAR' | 'YEAR', number> = { HALF_YEAR: 184, YEAR: 366 };

export interface PeriodDates {
  kind: 'HALF_YEAR' | 'YEAR';
  startsOn: Date;
  endsOn: Date;
  submissionDue: Date | null;
  reviewDue: Date | null;
}

/** Dates in order and deadlines inside sensible bounds; one issue per wrong field. */
export function dateIssues(period: PeriodDates): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { startsOn, endsOn, submissionDue, reviewDue } = period;
  const days = (endsOn.getTime() - startsOn.getTime()) / DAY_MS + 1;
  if (endsOn <= startsOn) {
    issues.push(issueAt('endsOn', problem('PERIOD_ENDS_BEFORE_START', { startsOn: dayOf(startsOn) })));
  } else if (days > LONGEST[period.kind]) {
    issues.push(issueAt('endsOn', problem('PERIOD_TOO_LONG', { days, kind: period.kind })));
  }
  const latest = new Date(endsOn.getTime() + DUE_AFTER_END_DAYS * DAY_MS);
  if (submissionDue && (submissionDue <= startsOn || submissionDue > latest)) {
    const params = { after: dayOf(startsOn), by: dayOf(latest) };
    issues.push(issueAt('submissionDue', problem('SUBMISSION_DUE_OUT_OF_RANGE', params)));
  }
  if (reviewDue) {
    const earliest = submissionDue ?? startsOn;
    if (reviewDue < earliest || reviewDue > latest) {
      const params = { from: dayOf(earliest), to: dayOf(latest) };
      issues.push(issueAt('reviewDue', problem('REVIEW_DUE_OUT_OF_RANGE', params)));
    }
  }
  return issues;
}
