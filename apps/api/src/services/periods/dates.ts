import { z } from 'zod';
import type { FieldIssue } from '../../errors.ts';

export const Day = z.iso.date({ message: 'expected a day such as 2022-11-16' });
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
    issues.push({ path: 'endsOn', message: `the period must end after it starts (${dayOf(startsOn)})` });
  } else if (days > LONGEST[period.kind]) {
    const what = period.kind === 'YEAR' ? 'a year' : 'half a year';
    issues.push({ path: 'endsOn', message: `${days} days is longer than ${what}` });
  }
  const latest = new Date(endsOn.getTime() + DUE_AFTER_END_DAYS * DAY_MS);
  if (submissionDue && (submissionDue <= startsOn || submissionDue > latest)) {
    issues.push({
      path: 'submissionDue',
      message: `the submission deadline must fall after ${dayOf(startsOn)} and by ${dayOf(latest)}`,
    });
  }
  if (reviewDue) {
    const earliest = submissionDue ?? startsOn;
    if (reviewDue < earliest || reviewDue > latest) {
      issues.push({
        path: 'reviewDue',
        message: `the review deadline must fall between ${dayOf(earliest)} and ${dayOf(latest)}`,
      });
    }
  }
  return issues;
}
