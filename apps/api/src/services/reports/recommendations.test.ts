import { describe, expect, it } from 'vitest';
import { recommend } from './recommendations.ts';

const readiness = { vi: 'Điều kiện sẵn sàng', en: 'Readiness' };
const policy = { vi: 'Môi trường chính sách', en: 'Policy environment' };

describe('recommendations', () => {
  it('quotes the figures they come from, in vi-VN, addressed to the group’s unit level', () => {
    const advice = recommend({
      unitKind: 'COMMUNE',
      cohortSize: 1234,
      categories: [
        {
          name: readiness,
          notRanked: 86,
          levels: [
            { level: 1, units: 35 },
            { level: 4, units: 16 },
          ],
        },
      ],
      blocking: [{ categoryName: readiness, names: [policy], units: 86 }],
      weakest: [
        { code: 'SS.05', name: { vi: 'Máy tính', en: 'Computers' }, lost: 15874, possible: 35400, atZero: 0 },
      ],
      fallers: [{ unit: { name: 'Xã Điền Xá' }, before: 2000, after: 1804 }],
    });
    expect(advice.map((item) => item.audience.vi)).toEqual([
      'Đối với UBND cấp xã',
      'Đối với các đơn vị chưa được xếp hạng',
      'Đối với các đơn vị đạt Mức 1, Mức 2',
      'Đối với các đơn vị đạt Mức 3, Mức 4',
    ]);
    const [general] = advice;
    expect(general?.items.map((item) => item.vi)).toEqual([
      'Ưu tiên nâng điểm nhóm Môi trường chính sách (hạng mục Điều kiện sẵn sàng): 86/1.234 đơn vị chưa đạt điểm tối thiểu của nhóm này nên không được xếp hạng.',
      // No "0 đơn vị đạt 0 điểm": the clause is left out when no unit scored 0.
      'Khắc phục tiêu chí SS.05 “Máy tính”: các đơn vị mất 44,84% số điểm tối đa (158,74 điểm).',
      'Rà soát nguyên nhân giảm điểm so với kỳ trước tại: Xã Điền Xá.',
    ]);
    expect(general?.items[0]?.en).toContain('86/1,234 units');
    expect(advice[2]?.items[0]?.vi).toContain(': 35 đơn vị');
  });

  it('has nothing to say without figures', () => {
    expect(
      recommend({
        unitKind: 'DISTRICT',
        cohortSize: 0,
        categories: [],
        blocking: [],
        weakest: [],
        fallers: [],
      }),
    ).toEqual([]);
  });
});
