import { describe, expect, it } from 'vitest';
import { levelRulesInput, nodeInput, nodePatchInput } from './to-input.ts';

describe("the editor's typed inputs", () => {
  it('names rule kinds and zero denominators as the schema enums do', () => {
    expect(
      nodePatchInput({
        name: 'Tỷ lệ',
        rule: { kind: 'ratio', zeroDenominator: 'full', numerator: { vi: 'a', en: 'a' } },
        evidence: { required: true },
      }),
    ).toEqual({
      name: 'Tỷ lệ',
      rule: { kind: 'RATIO', zeroDenominator: 'FULL', numerator: { vi: 'a', en: 'a' } },
      evidence: { required: true },
    });
  });

  it('keeps a numeric source row and moves a text one to rowLabel, all the way down', () => {
    const node = nodeInput({
      code: 'SS',
      name: { vi: 'Sẵn sàng', en: 'Readiness' },
      maxPoints: 10,
      source: { document: 'QĐ 2392', row: 3 },
      groups: [
        {
          code: 'SS.HT',
          name: { vi: 'Hạ tầng', en: 'Infrastructure' },
          maxPoints: 10,
          criteria: [
            {
              code: 'SS.01',
              name: { vi: 'Một', en: 'One' },
              maxPoints: 10,
              source: { row: 'II.1' },
              rule: { kind: 'cappedCount', pointsPerItem: 2 },
            },
          ],
        },
      ],
    });
    expect(node.source).toEqual({ document: 'QĐ 2392', row: 3 });
    expect(node.groups?.[0]?.criteria?.[0]).toMatchObject({
      source: { rowLabel: 'II.1' },
      rule: { kind: 'CAPPED_COUNT', pointsPerItem: 2 },
    });
  });

  it('names level condition kinds and leaves nulls (a cleared field) as they are', () => {
    expect(
      levelRulesInput([{ level: 1, conditions: [{ kind: 'groupShare', group: 'SS.HT', minPercent: 50 }] }]),
    ).toEqual([{ level: 1, conditions: [{ kind: 'GROUP_SHARE', group: 'SS.HT', minPercent: 50 }] }]);
    expect(nodePatchInput({ weight: null })).toEqual({ weight: null });
  });
});
