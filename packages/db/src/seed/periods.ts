import type { CriteriaSet } from '@chiso/scoring';
import type { AssessmentStatus, UnitKind } from '../generated/prisma/enums.ts';
import type { CohortAssessment } from '../results/materialise.ts';
import { uuid7 } from '../units/uuid7.ts';
import { type DemoEntry, demoEntries } from './entries.ts';
import { demoMaturity, demoRandom, demoStatus2022, RETURN_REASONS } from './plan.ts';

/** Which sets each group is assessed on: a ministry set, plus the province's own for districts. */
const ASSIGNMENTS: Record<UnitKind, readonly string[]> = {
  PROVINCE: [],
  PROVINCIAL_AGENCY: ['qn-268-provincial-agency'],
  DISTRICT: ['btttt-2392-district', 'qn-268-district-supplement'],
  COMMUNE: ['btttt-2392-commune'],
};

export interface Version {
  id: string;
  set: CriteriaSet;
}

/** A year's assessment period as the demo (and the national dataset) holds it: due dates, published in March. */
export function yearPeriod(year: number, status: 'PUBLISHED' | 'OPEN') {
  return {
    code: String(year),
    name: `Đánh giá mức độ Chính quyền điện tử, Chính quyền số năm ${year}`,
    kind: 'YEAR' as const,
    startsOn: new Date(`${year}-01-01`),
    endsOn: new Date(`${year}-12-31`),
    // The open period has no submission deadline yet: one in the past would lock its units out
    // (deadlines are enforced), and the demo's officers must be able to fill in.
    submissionDue: status === 'PUBLISHED' ? new Date(`${year + 1}-01-15`) : null,
    reviewDue: new Date(`${year + 1}-02-28`),
    status,
    publishedAt: status === 'PUBLISHED' ? new Date(`${year + 1}-03-15`) : null,
  };
}

/** A demo unit as the database holds it after the catalogue import and grouping. */
export interface DemoUnit {
  id: string;
  code: string;
  kind: UnitKind;
  groupId: string | null;
}

type PeriodRow = ReturnType<typeof yearPeriod> & { id: string };
interface AssignmentRow {
  id: string;
  periodId: string;
  unitGroupId: string;
  versionId: string;
}
interface AssessmentRow {
  id: string;
  periodId: string;
  unitId: string;
  versionId: string;
  unitGroupId: string;
  status: AssessmentStatus;
  selfPoints: number;
  returnReason: string | null;
  submittedAt: Date | null;
  approvedAt: Date | null;
  updatedAt: Date;
}
type EntryRow = DemoEntry & { id: string; assessmentId: string; updatedAt: Date };

/** One cohort to publish: a group's assessments on one version (scored and ranked together). */
interface DemoCohort {
  set: CriteriaSet;
  versionId: string;
  assessments: CohortAssessment[];
}

export interface DemoAssessments {
  periods: PeriodRow[];
  assignments: AssignmentRow[];
  assessments: AssessmentRow[];
  entries: EntryRow[];
  /** 2021's cohorts, to be scored and ranked as publishing does. */
  published: DemoCohort[];
}

/**
 * Two years: 2021 reviewed and published (results, levels, ranks), 2022 under way — most units
 * submitted, some returned with a reason, some approved, some still drafting. Rows only, ids made
 * here (in the order Prisma would have made them one by one), written in bulk by the caller.
 * `units`: the grouped units, ordered by code.
 */
export function demoAssessments(
  units: readonly DemoUnit[],
  groups: Map<UnitKind, string>,
  versions: Map<string, Version>,
  now: Date,
): DemoAssessments {
  const rows: DemoAssessments = { periods: [], assignments: [], assessments: [], entries: [], published: [] };
  for (const year of [2021, 2022]) {
    const published = year === 2021;
    const period = { id: uuid7(), ...yearPeriod(year, published ? 'PUBLISHED' : 'OPEN') };
    rows.periods.push(period);
    for (const [kind, codes] of Object.entries(ASSIGNMENTS) as Array<[UnitKind, readonly string[]]>) {
      const unitGroupId = groups.get(kind);
      if (!unitGroupId) continue;
      const members = units.filter((unit) => unit.groupId === unitGroupId);
      for (const code of codes) {
        const version = versions.get(code);
        if (!version) continue;
        rows.assignments.push({ id: uuid7(), periodId: period.id, unitGroupId, versionId: version.id });
        const cohort: CohortAssessment[] = [];
        for (const unit of members) {
          const status = published ? 'PUBLISHED' : statusOf(unit.code, code);
          const entries = demoEntries(version.set, {
            maturity: demoMaturity(unit.code, unit.kind, year),
            random: demoRandom(unit.code, year, code),
            filled: status === 'DRAFT' ? 0.6 : 1,
            reviewed: status === 'PUBLISHED' || status === 'APPROVED',
          });
          const assessment: AssessmentRow = {
            id: uuid7(),
            periodId: period.id,
            unitId: unit.id,
            versionId: version.id,
            unitGroupId,
            status,
            selfPoints: entries.reduce((sum, entry) => sum + entry.selfPoints, 0),
            returnReason:
              status === 'RETURNED'
                ? (RETURN_REASONS[unit.code.length % RETURN_REASONS.length] ?? null)
                : null,
            submittedAt: status === 'DRAFT' ? null : new Date(`${year + 1}-01-10`),
            approvedAt:
              status === 'APPROVED' || status === 'PUBLISHED' ? new Date(`${year + 1}-02-20`) : null,
            updatedAt: now,
          };
          rows.assessments.push(assessment);
          for (const entry of entries) {
            rows.entries.push({ ...entry, id: uuid7(), assessmentId: assessment.id, updatedAt: now });
          }
          cohort.push({ id: assessment.id, entries });
        }
        if (published) rows.published.push({ set: version.set, versionId: version.id, assessments: cohort });
      }
    }
  }
  return rows;
}
/** Vân Đồn's officer (a demo sign-in) has work to do: a draft to finish and a returned supplement. */
function statusOf(unitCode: string, setCode: string): AssessmentStatus {
  if (unitCode === '203') return setCode === 'btttt-2392-district' ? 'DRAFT' : 'RETURNED';
  return demoStatus2022(`${unitCode}/${setCode}`);
}
