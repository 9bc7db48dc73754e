import { describe, expect, it } from 'vitest';
import { score, scoreCohort } from './aggregate.ts';
import { describeNotRanked } from './describe.ts';
import { parseCriteriaSet } from './model/index.ts';
import { rankResults } from './rank.ts';
import { fullInputs, sampleSet, sampleSetDocument } from './test/sample-set.ts';

/** Policy 2/10 is below readiness Mức 1 (30 %): not ranked in SS, whatever the total. */
const belowMuc1 = { 'SS.06': 'none', 'SS.05': 2 } as const;
const best = { cohortBest: { 'KQ.GD.01': 50 } };

describe('not ranked (không được xếp hạng)', () => {
  it('gives a category that misses its lowest level a reason, and the unit no overall rank', () => {
    const result = score(sampleSet, { ...fullInputs, ...belowMuc1 }, best);
    const [readiness, results] = result.categories;
    expect(readiness?.notRanked).toMatchObject([
      { code: 'LEVEL_NOT_REACHED', category: 'SS', conditions: [{ met: false, points: 200 }] },
    ]);
    expect(results?.notRanked).toBeUndefined();
    expect(result.notRanked).toEqual([{ code: 'NOT_RANKED_IN_CATEGORY', category: 'SS' }]);
    expect(score(sampleSet, fullInputs, best).notRanked).toEqual([]);
  });

  it('unranks everywhere on a reason passed in from outside the scoring', () => {
    const outside = { code: 'LEVEL_NOT_REACHED', note: { vi: 'x', en: 'x' } } as const;
    // A derived code passed in is ignored: only the caller's own codes unrank a unit everywhere.
    expect(score(sampleSet, fullInputs, { ...best, notRanked: [outside] }).notRanked).toEqual([]);
    const external = { code: 'NOT_SUBMITTED', note: { vi: 'nộp sau hạn', en: 'submitted late' } };
    const result = score(sampleSet, fullInputs, {
      ...best,
      // Another code of the open list (e.g. a unit that did not submit) goes through untouched.
      notRanked: [external as never],
    });
    expect(result.notRanked).toEqual([external]);
    expect(result.categories.map((category) => category.notRanked)).toEqual([[external], [external]]);
    expect(result.categories[0]?.level?.level).toBe(4);
  });

  it('says why in Vietnamese and English', () => {
    const result = score(sampleSet, { ...fullInputs, ...belowMuc1 }, best);
    const names = (code: string) =>
      result.categories.flatMap((c) => [c, ...c.children]).find((n) => n.code === code)?.name;
    const [level] = result.categories[0]?.notRanked ?? [];
    const [overall] = result.notRanked;
    expect(describeNotRanked(level!, names)).toBe(
      'Không đạt điểm tối thiểu của mức thấp nhất: Môi trường chính sách: 2,00/10,00 điểm (20,00%), cần tối thiểu 30,00%',
    );
    expect(describeNotRanked(overall!, names)).toBe('Không được xếp hạng ở hạng mục Điều kiện sẵn sàng');
    expect(describeNotRanked(overall!, names, 'en')).toBe('Not ranked in the category Readiness');
  });
});

describe('ranks that follow the method', () => {
  const cohort = scoreCohort(sampleSet, [
    { unitId: 'top-but-unranked', inputs: { ...fullInputs, ...belowMuc1, 'KQ.GD.01': 100 } },
    { unitId: 'a', inputs: { ...fullInputs, 'KQ.GD.01': 40 } },
    { unitId: 'b', inputs: { ...fullInputs, 'SS.02': false, 'KQ.GD.01': 40 } },
    { unitId: 'c', inputs: { ...fullInputs, 'SS.01': 50, 'KQ.GD.01': 10 } },
  ]);
  const ranked = rankResults(cohort, (result) => result);
  const view = Object.fromEntries(
    ranked.map(({ item, rank, categories }) => [
      item.unitId,
      [rank, categories.get('SS'), categories.get('KQ')],
    ]),
  );

  it('ranks a category only among the units ranked there, and overall only units ranked in every category', () => {
    expect(view).toEqual({
      'top-but-unranked': [null, null, 1],
      a: [1, 1, 2],
      b: [2, 2, 2],
      c: [3, 2, 4], // 19 readiness points, as b: the tie shares rank 2
    });
  });

  it('gives every rank to an unranked unit once its category is reached', () => {
    const all = rankResults(
      scoreCohort(sampleSet, [
        { unitId: 'x', inputs: fullInputs },
        { unitId: 'y', inputs: fullInputs },
      ]),
      (result) => result,
    );
    expect(all.map(({ rank, categories }) => [rank, [...categories.values()]])).toEqual([
      [1, [1, 1]],
      [1, [1, 1]],
    ]);
  });
});

describe('bands and share-of-best follow the exact figures', () => {
  it('puts 749,99 of 1.000 points below a 0,75 band, though the index shows 0,7500', () => {
    const set = parseCriteriaSet({
      ...sampleSetDocument,
      maxPoints: 1000,
      bands: [
        { code: 'very-high', name: { vi: 'Rất cao', en: 'Very high' }, min: 0.75 },
        { code: 'low', name: { vi: 'Thấp', en: 'Low' }, min: 0 },
      ],
      categories: [
        {
          code: 'DTI',
          name: { vi: 'Chỉ số', en: 'Index' },
          maxPoints: 1000,
          groups: [
            {
              code: 'DTI.1',
              name: { vi: 'Nhóm', en: 'Group' },
              maxPoints: 1000,
              criteria: [
                {
                  code: 'DTI.1.1',
                  number: 1,
                  name: { vi: 'Điểm', en: 'Points' },
                  maxPoints: 1000,
                  rule: { kind: 'manual' },
                  evidence: { required: false },
                },
              ],
            },
          ],
        },
      ],
    });
    expect(score(set, { 'DTI.1.1': 749.99 })).toMatchObject({ index: 0.75, band: 'low' });
    expect(score(set, { 'DTI.1.1': 750 })).toMatchObject({ index: 0.75, band: 'very-high' });
  });

  it('takes the cohort best only among units the criterion applies to', () => {
    const document = structuredClone(sampleSetDocument);
    Object.assign(document.categories[1]!.groups[0]!, { appliesTo: ['ward'] });
    const set = parseCriteriaSet(document);
    const results = scoreCohort(set, [
      { unitId: 'commune', unitKind: 'commune', inputs: { ...fullInputs, 'KQ.GD.01': 1000 } },
      { unitId: 'ward', unitKind: 'ward', inputs: { ...fullInputs, 'KQ.GD.01': 40 } },
      { unitId: 'ward-2', unitKind: 'ward', inputs: { ...fullInputs, 'KQ.GD.01': 20 } },
    ]);
    expect(results.map((result) => [result.unitId, result.categories[1]?.points])).toEqual([
      ['commune', 0],
      ['ward', 1000],
      ['ward-2', 500],
    ]);
  });
});
