import { describe, expect, it } from 'vitest';
import { score, scoreCohort } from './aggregate.ts';
import { describeLevel } from './describe.ts';
import { parseCriteriaSet } from './model/index.ts';
import type { NodeResult } from './result.ts';
import { fullInputs, sampleSet, sampleSetDocument } from './test/sample-set.ts';

const category = (code: string, inputs: object) =>
  score(sampleSet, { ...fullInputs, ...inputs }).categories.find((node) => node.code === code) as NodeResult;

describe('aggregation', () => {
  it('sums the tree: full inputs earn the maximum everywhere', () => {
    const result = score(sampleSet, fullInputs, { cohortBest: { 'KQ.GD.01': 50 } });
    expect(result).toMatchObject({ points: 3000, maxPoints: 3000, index: 1, band: 'high', findings: [] });
    expect(result.categories.map((node) => [node.code, node.points])).toEqual([
      ['SS', 2000],
      ['KQ', 1000],
    ]);
  });

  it('publishes the index value and its band', () => {
    const result = score(sampleSet, { 'SS.06': 'deputy', 'SS.05': 2 }, { cohortBest: { 'KQ.GD.01': 1 } });
    expect(result.points).toBe(500);
    expect(result.index).toBe(0.1667);
    expect(result.band).toBe('low');
  });

  it('leaves out nodes that do not apply to the unit kind, from points and maximum', () => {
    const document = structuredClone(sampleSetDocument);
    Object.assign(document.categories[1]!.groups[0]!.criteria[0]!, { appliesTo: ['ward'] });
    const set = parseCriteriaSet(document);
    const commune = score(set, fullInputs, { unitKind: 'commune' });
    expect(commune).toMatchObject({ points: 2000, maxPoints: 2000, index: 1, missing: [] });
    expect(score(set, fullInputs, { unitKind: 'ward' }).maxPoints).toBe(3000);
  });

  it('weighs nodes where they count towards their parent', () => {
    const document = structuredClone(sampleSetDocument);
    Object.assign(document.categories[1]!, { weight: 2 });
    document.maxPoints = 40;
    const result = score(parseCriteriaSet(document), fullInputs, { cohortBest: { 'KQ.GD.01': 100 } });
    expect(result).toMatchObject({ points: 3000, maxPoints: 4000, index: 0.75 });
  });

  it("applies a reviewer's points over the computed ones, within [0, max]", () => {
    const result = score(sampleSet, fullInputs, {
      cohortBest: { 'KQ.GD.01': 50 },
      overrides: { 'SS.01': 150, 'SS.02': 500 },
    });
    const infrastructure = result.categories[0]!.children[0]!;
    expect(infrastructure.children.map((node) => [node.code, node.points, node.overridden ?? false])).toEqual(
      [
        ['SS.01', 150, true],
        ['SS.02', 100, true],
        ['SS.03', 300, false],
      ],
    );
    expect(result.points).toBe(3000 - 50);
  });

  it('scores a cohort against its best value for share-of-best criteria', () => {
    const results = scoreCohort(sampleSet, [
      { unitId: 'a', inputs: { 'KQ.GD.01': 40 } },
      { unitId: 'b', inputs: { 'KQ.GD.01': 160 } },
      { unitId: 'c', inputs: { 'KQ.GD.01': -3 } },
    ]);
    expect(results.map((result) => [result.unitId, result.categories[1]?.points])).toEqual([
      ['a', 250],
      ['b', 1000],
      ['c', 0],
    ]);
    expect(
      results.every((result) => !result.findings.some((finding) => finding.code === 'COHORT_BEST_UNKNOWN')),
    ).toBe(true);
  });
});

describe('levels (Mức)', () => {
  it('gives the highest level whose conditions all hold', () => {
    expect(category('SS', {}).level?.level).toBe(4);
    expect(category('SS', { 'SS.03': { numerator: 0, denominator: 1 }, 'SS.02': false }).level).toMatchObject(
      {
        level: 2,
        reasons: [],
        next: { level: 4, failing: [{ condition: { kind: 'combinedShare' }, points: 600, maxPoints: 1000 }] },
      },
    );
  });

  it('skips a level that is not defined and treats levels independently', () => {
    // Policy 3/10 reaches Mức 1 only (30 %), whatever infrastructure does.
    expect(category('SS', { 'SS.06': 'none', 'SS.05': 3 }).level?.level).toBe(1);
  });

  it('reaches Mức 4 at exactly 70 % of infrastructure + staff together', () => {
    // HT 6 + NL 4 = 10 points max; 7 points = 70 %.
    const exactly = { 'SS.02': false, 'SS.04.b': 2, 'SS.04.a': 4, 'SS.01': 100 };
    expect(category('SS', { ...exactly, 'SS.03': { numerator: 1, denominator: 3 } }).level?.level).toBe(4);
    expect(
      category('SS', { ...exactly, 'SS.04.b': 1.99, 'SS.03': { numerator: 1, denominator: 3 } }).level?.level,
    ).toBe(2);
  });

  it('is not ranked when the lowest level fails, and names the group that held it back', () => {
    const readiness = category('SS', { 'SS.06': 'none', 'SS.05': 2 });
    expect(readiness.level).toMatchObject({
      level: null,
      reasons: [{ met: false, points: 200, maxPoints: 1000, condition: { group: 'SS.CS', minPercent: 30 } }],
    });
    expect(describeLevel(readiness)).toBe(
      'Không được xếp hạng — Môi trường chính sách: 2,00/10,00 điểm (20,00%), cần tối thiểu 30,00%',
    );
    expect(describeLevel(readiness, 'en')).toBe(
      'Not ranked — Policy environment: 2.00/10.00 points (20.00%), needs at least 30.00%',
    );
  });

  it('has no level where the category has no level rules', () => {
    expect(category('KQ', {}).level).toBeUndefined();
  });
});
