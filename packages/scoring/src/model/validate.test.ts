import { describe, expect, it } from 'vitest';
import { sampleSetDocument } from '../test/sample-set.ts';
import { formatIssue, validateCriteriaSet } from './validate.ts';

/** The sample document as plain data, to break in each test. */
type Document = any;

function issuesAfter(change: (document: Document) => void): string[] {
  const document = structuredClone(sampleSetDocument);
  change(document);
  const result = validateCriteriaSet(document);
  return result.ok ? [] : result.issues.map((issue) => formatIssue(issue, 'vi'));
}

describe('criteria-set validation', () => {
  it('accepts the sample set', () => {
    expect(issuesAfter(() => {})).toEqual([]);
  });

  it('names the node by its codes when the shape is wrong', () => {
    expect(
      issuesAfter((document) => {
        Object.assign(document.categories[0]!.groups[2]!.criteria[0]!.rule, {
          steps: [{ min: 1, points: -1 }],
        });
      }),
    ).toEqual(['SS/SS.CS/SS.05 › rule.steps[0].points: Phải từ 0 trở lên']);
    expect(
      issuesAfter((document) => {
        Object.assign(document.categories[0]!.groups[0]!.criteria[1]!, {
          rule: { kind: 'formula', expr: '1+1' },
        });
      }),
    ).toEqual([expect.stringMatching(/^SS\/SS\.HT\/SS\.02 › rule\.kind: /)]);
  });

  it('refuses points with more than two decimals', () => {
    expect(
      issuesAfter((document) => {
        document.categories[0]!.groups[0]!.criteria[1]!.maxPoints = 1.005;
      }),
    ).toContain('SS/SS.HT/SS.02 › maxPoints: Điểm có tối đa hai chữ số thập phân');
  });

  it('checks that every parent is the sum of its children', () => {
    expect(
      issuesAfter((document) => {
        document.categories[0]!.groups[0]!.criteria[1]!.maxPoints = 2;
      }),
    ).toEqual(['SS/SS.HT › maxPoints: Điểm tối đa là 6 nhưng các mục con cộng lại được 7']);
    expect(
      issuesAfter((document) => {
        document.maxPoints = 29.5;
      }),
    ).toEqual(['(set) › maxPoints: Tổng điểm tối đa là 29,5 nhưng các nhóm chỉ số cộng lại được 30']);
  });

  it('refuses a code used twice', () => {
    expect(
      issuesAfter((document) => {
        document.categories[0]!.groups[0]!.criteria[1]!.code = 'SS.01';
      }),
    ).toEqual(['SS/SS.HT/SS.01 › code: Mã "SS.01" đã được dùng ở SS/SS.HT/SS.01']);
  });

  it('checks rule parameters against the maximum', () => {
    expect(
      issuesAfter((document) => {
        const rule = document.categories[0]!.groups[2]!.criteria[1]!.rule;
        rule.options[1]!.points = 7;
        rule.options[2]!.value = 'head';
      }),
    ).toEqual([
      'SS/SS.CS/SS.06 › rule.options[1].points: Lựa chọn cho 7 điểm, quá điểm tối đa 6',
      'SS/SS.CS/SS.06 › rule.options[2].value: Hai lựa chọn cùng mã "head"',
    ]);
  });

  it('wants the maximum reachable by some step or option', () => {
    expect(
      issuesAfter((document) => {
        document.categories[0].groups[2].criteria[0].rule.steps[0].points = 3.5;
      }),
    ).toEqual(['SS/SS.CS/SS.05 › rule: Không mức bậc thang nào cho đủ điểm tối đa 4']);
  });

  it('checks level rules name groups of their category, in ascending order', () => {
    expect(
      issuesAfter((document) => {
        const levels = document.categories[0]!.levels;
        levels[1] = { level: 1, conditions: [{ kind: 'groupPoints', group: 'KQ.GD', min: 1 }] };
      }),
    ).toEqual([
      'SS › levels[1].level: Các mức phải xếp tăng dần, không lặp lại (Mức 1)',
      'SS › levels[1].conditions[0]: Mức 1 nhắc đến nhóm "KQ.GD" không thuộc nhóm chỉ số này',
    ]);
  });

  it('wants a rule or indicators on every criterion, not both', () => {
    expect(
      issuesAfter((document) => {
        const criterion = document.categories[0]!.groups[0]!.criteria[0]! as Record<string, unknown>;
        delete criterion.rule;
      }),
    ).toEqual(['SS/SS.HT/SS.01 › rule: Tiêu chí chưa có quy tắc chấm hay chỉ tiêu nào']);
  });
});
