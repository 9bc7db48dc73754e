import { describe, expect, it } from 'vitest';
import { demoDatabase } from '../test-backends.ts';
import { DEMO_USERS } from './index.ts';

// The demo template is seedDemo's work, done once per run by the tests' global setup on this run's
// backend (PGlite for `test`, PostgreSQL for `test:pg`); a seed that throws fails the run there.
const demo = await demoDatabase();

describe.skipIf(!demo.enabled)('the demo: Quảng Ninh 2021–2022', () => {
  it('has the province’s units from the official catalogue, in Kế hoạch 268’s three groups', async () => {
    const count = (kind: 'PROVINCIAL_AGENCY' | 'DISTRICT' | 'COMMUNE') =>
      demo.db.unit.count({ where: { kind } });
    expect([await count('PROVINCIAL_AGENCY'), await count('DISTRICT'), await count('COMMUNE')]).toEqual([
      35, 13, 177,
    ]);
    const groups = await demo.db.unitGroup.findMany({
      include: { _count: { select: { units: true } } },
      orderBy: { position: 'asc' },
    });
    expect(groups.map((group) => [group.code, group._count.units])).toEqual([
      ['nhom-1', 35],
      ['nhom-2', 13],
      ['nhom-3', 177],
    ]);
    expect(await demo.db.unit.findFirst({ where: { code: '203' } })).toMatchObject({
      name: 'Huyện Vân Đồn',
      type: 'Huyện',
    });
  });

  it('publishes 2021 with results, levels, ranks and not-ranked reasons', async () => {
    const period = await demo.db.period.findFirstOrThrow({ where: { code: '2021' } });
    expect(period.status).toBe('PUBLISHED');
    const assessments = await demo.db.assessment.findMany({
      where: { periodId: period.id },
      include: { result: true },
    });
    // 35 agencies × 1 set + 13 districts × 2 sets (ministry + province) + 177 communes × 1 set.
    expect(assessments).toHaveLength(35 + 13 * 2 + 177);
    expect(assessments.every((assessment) => assessment.status === 'PUBLISHED' && assessment.result)).toBe(
      true,
    );
    const categories = await demo.db.resultNode.findMany({
      where: { kind: 'CATEGORY', assessment: { periodId: period.id } },
    });
    const ranked = categories.filter((node) => node.level !== null);
    const notRanked = categories.filter((node) => node.level === null && node.notRankedReason !== null);
    expect(ranked.length).toBeGreaterThan(0);
    expect(notRanked.length).toBeGreaterThan(0);
    expect(notRanked[0]?.notRankedReason).toEqual(
      expect.arrayContaining([expect.objectContaining({ met: false })]),
    );
    expect(
      await demo.db.assessmentEntry.count({ where: { reviewerComment: { not: null } } }),
    ).toBeGreaterThan(0);
    // Loaded with triggers off, the load records its published change itself (published snapshots).
    expect(await demo.db.publishedChange.count()).toBe(1);
  });

  it('leaves 2022 open with units at every stage, some returned with a reason', async () => {
    const period = await demo.db.period.findFirstOrThrow({ where: { code: '2022' } });
    expect(period.status).toBe('OPEN');
    const byStatus = await demo.db.assessment.groupBy({
      by: ['status'],
      where: { periodId: period.id },
      _count: true,
    });
    expect(Object.fromEntries(byStatus.map((row) => [row.status, row._count > 0]))).toEqual({
      DRAFT: true,
      SUBMITTED: true,
      RETURNED: true,
      APPROVED: true,
    });
    const returned = await demo.db.assessment.findMany({
      where: { periodId: period.id, status: 'RETURNED' },
    });
    expect(returned.every((assessment) => (assessment.returnReason ?? '').length > 20)).toBe(true);
  });

  it('has a user for each role, the unit officer attached to Vân Đồn', async () => {
    const users = await demo.db.user.findMany({ include: { units: { include: { unit: true } } } });
    expect(users.map((user) => user.role).sort()).toEqual(DEMO_USERS.map((user) => user.role).sort());
    const officer = users.find((user) => user.role === 'UNIT_OFFICER');
    expect(officer?.units.map((link) => link.unit.name)).toEqual(['Huyện Vân Đồn']);
  });
});
