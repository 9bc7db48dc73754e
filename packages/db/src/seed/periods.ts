import { loadCriteriaSets } from '@chiso/criteria';
import type { CriteriaSet } from '@chiso/scoring';
import type { Tx } from '../client.ts';
import { importCriteriaSet } from '../criteria/store.ts';
import type { AssessmentStatus, UnitKind } from '../generated/prisma/enums.ts';
import { materialiseCohort } from '../results/materialise.ts';
import { demoEntries } from './entries.ts';
import { demoMaturity, demoRandom, demoStatus2022, RETURN_REASONS } from './plan.ts';

/** Which sets each group is assessed on: a ministry set, plus the province's own for districts. */
const ASSIGNMENTS: Record<UnitKind, readonly string[]> = {
  PROVINCE: [],
  PROVINCIAL_AGENCY: ['qn-268-provincial-agency'],
  DISTRICT: ['btttt-2392-district', 'qn-268-district-supplement'],
  COMMUNE: ['btttt-2392-commune'],
};

interface Version {
  id: string;
  set: CriteriaSet;
}

/** Every set in criteria/, published (the demo's periods use them; published versions never change). */
export async function seedCriteria(tx: Tx): Promise<Map<string, Version>> {
  const versions = new Map<string, Version>();
  for (const { set } of loadCriteriaSets()) {
    const version = await importCriteriaSet(tx, set, { status: 'PUBLISHED' });
    await tx.criteriaVersion.update({
      where: { id: version.id },
      data: { publishedAt: new Date('2021-10-01') },
    });
    versions.set(set.code, { id: version.id, set });
  }
  return versions;
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

/**
 * Two years: 2021 reviewed and published (results, levels, ranks), 2022 under way — most units
 * submitted, some returned with a reason, some approved, some still drafting.
 */
export async function seedPeriods(tx: Tx, groups: Map<UnitKind, string>, versions: Map<string, Version>) {
  for (const year of [2021, 2022]) {
    const published = year === 2021;
    const period = await tx.period.create({ data: yearPeriod(year, published ? 'PUBLISHED' : 'OPEN') });
    for (const [kind, codes] of Object.entries(ASSIGNMENTS) as Array<[UnitKind, readonly string[]]>) {
      const unitGroupId = groups.get(kind);
      if (!unitGroupId) continue;
      const units = await tx.unit.findMany({ where: { groupId: unitGroupId }, orderBy: { code: 'asc' } });
      for (const code of codes) {
        const version = versions.get(code);
        if (!version) continue;
        await tx.periodAssignment.create({
          data: { periodId: period.id, unitGroupId, versionId: version.id },
        });
        const cohort = [];
        for (const unit of units) {
          const status = published ? 'PUBLISHED' : statusOf(unit.code, code);
          const entries = demoEntries(version.set, {
            maturity: demoMaturity(unit.code, unit.kind, year),
            random: demoRandom(unit.code, year, code),
            filled: status === 'DRAFT' ? 0.6 : 1,
            reviewed: status === 'PUBLISHED' || status === 'APPROVED',
          });
          const assessment = await tx.assessment.create({
            data: {
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
            },
          });
          await tx.assessmentEntry.createMany({
            data: entries.map((entry) => ({
              ...entry,
              assessmentId: assessment.id,
              input: entry.input as never,
            })),
          });
          cohort.push({ id: assessment.id, entries });
        }
        if (published)
          await materialiseCohort(tx, { set: version.set, versionId: version.id, assessments: cohort });
      }
    }
  }
}

/** Vân Đồn's officer (a demo sign-in) has work to do: a draft to finish and a returned supplement. */
function statusOf(unitCode: string, setCode: string): AssessmentStatus {
  if (unitCode === '203') return setCode === 'btttt-2392-district' ? 'DRAFT' : 'RETURNED';
  return demoStatus2022(`${unitCode}/${setCode}`);
}
