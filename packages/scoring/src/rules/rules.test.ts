import { describe, expect, it } from 'vitest';
import { score } from '../aggregate.ts';
import type { Rule } from '../model/rules.ts';
import type { NodeResult } from '../result.ts';
import { scoredNodes } from '../scored-nodes.ts';
import { fullInputs, sampleSet } from '../test/sample-set.ts';
import { checkRuleInput, describeRule, sampleInput } from './index.ts';
import type { Inputs } from './outcome.ts';

/** Scores the sample set with one input changed and returns that node's result. */
function scoreOne(code: string, value: Inputs[string], cohortBest?: Record<string, number>): NodeResult {
  const result = score(sampleSet, { ...fullInputs, [code]: value }, cohortBest ? { cohortBest } : {});
  const find = (nodes: NodeResult[]): NodeResult | undefined =>
    nodes.map((node) => (node.code === code ? node : find(node.children))).find(Boolean);
  const node = find(result.categories);
  if (!node) throw new Error(`no node ${code}`);
  return node;
}

describe('yes/no', () => {
  it('gives the maximum for yes and nothing for no', () => {
    expect(scoreOne('SS.02', true).points).toBe(100);
    expect(scoreOne('SS.02', false).points).toBe(0);
  });
  it('rejects anything but a boolean', () => {
    expect(scoreOne('SS.02', 1)).toMatchObject({ points: 0, finding: { code: 'INVALID_INPUT' } });
  });
});

describe('ratio a/b × max', () => {
  it('scores the share of the maximum, rounded half up once', () => {
    expect(scoreOne('SS.03', { numerator: 57, denominator: 200 }).points).toBe(86); // 0.855 → 0.86
    expect(scoreOne('SS.03', { numerator: 1, denominator: 3 }).points).toBe(100);
  });
  it('scores 0 on a zero denominator and says so', () => {
    expect(scoreOne('SS.03', { numerator: 0, denominator: 0 })).toMatchObject({
      points: 0,
      finding: { code: 'ZERO_DENOMINATOR' },
    });
  });
  it('holds a numerator above the denominator at the maximum', () => {
    expect(scoreOne('SS.03', { numerator: 12, denominator: 10 })).toMatchObject({
      points: 300,
      finding: { code: 'CAPPED' },
    });
  });
  it('rejects negative or missing parts', () => {
    expect(scoreOne('SS.03', { numerator: -1, denominator: 10 }).finding?.code).toBe('INVALID_INPUT');
    expect(scoreOne('SS.03', 5).finding?.code).toBe('INVALID_INPUT');
  });
});

describe('share × max', () => {
  it('multiplies the percentage by the maximum', () => {
    expect(scoreOne('SS.01', 57.5).points).toBe(115);
    expect(scoreOne('SS.01', 0).points).toBe(0);
  });
  it('caps over 100 % and rejects negatives', () => {
    expect(scoreOne('SS.01', 130)).toMatchObject({ points: 200, finding: { code: 'CAPPED' } });
    expect(scoreOne('SS.01', -5)).toMatchObject({ points: 0, finding: { code: 'INVALID_INPUT' } });
    expect(scoreOne('SS.01', Number.NaN).finding?.code).toBe('INVALID_INPUT');
  });
});

describe('steps', () => {
  it('gives the points of the highest threshold reached', () => {
    expect([0, 1, 2, 3, 4, 12].map((meetings) => scoreOne('SS.05', meetings).points)).toEqual([
      0, 100, 200, 300, 400, 400,
    ]);
    expect(scoreOne('SS.05', 2.5).points).toBe(200);
  });
});

describe('capped count', () => {
  it('gives points per item up to the maximum', () => {
    expect([0, 1, 3, 4, 9].map((courses) => scoreOne('SS.04.a', courses).points)).toEqual([
      0, 50, 150, 200, 200,
    ]);
  });
  it('rejects fractions and negatives', () => {
    expect(scoreOne('SS.04.a', 1.5).finding?.code).toBe('INVALID_INPUT');
    expect(scoreOne('SS.04.a', -1).finding?.code).toBe('INVALID_INPUT');
  });
});

describe('choice', () => {
  it('gives full points for the head, half for a deputy', () => {
    expect(scoreOne('SS.06', 'head').points).toBe(600);
    expect(scoreOne('SS.06', 'deputy').points).toBe(300);
    expect(scoreOne('SS.06', 'none').points).toBe(0);
  });
  it('rejects an answer that is not an option, naming the options', () => {
    const node = scoreOne('SS.06', 'mayor');
    expect(node.finding).toMatchObject({
      code: 'INVALID_INPUT',
      problem: {
        code: 'CHOICE_UNKNOWN_OPTION',
        messages: { vi: 'Câu trả lời phải là một trong: head, deputy, none' },
      },
    });
  });
});

describe('share of the best unit', () => {
  it('divides by the best value in the cohort', () => {
    expect(scoreOne('KQ.GD.01', 30, { 'KQ.GD.01': 120 }).points).toBe(250);
    expect(scoreOne('KQ.GD.01', 0, { 'KQ.GD.01': 0 }).points).toBe(0);
  });
  it('says when the cohort is unknown', () => {
    expect(scoreOne('KQ.GD.01', 30)).toMatchObject({
      points: 1000,
      finding: { code: 'COHORT_BEST_UNKNOWN' },
    });
  });
  it('caps a value above a stated best', () => {
    expect(scoreOne('KQ.GD.01', 200, { 'KQ.GD.01': 100 })).toMatchObject({
      points: 1000,
      finding: { code: 'CAPPED' },
    });
  });
});

describe('manual points', () => {
  it('accepts points in [0, max] with two decimals', () => {
    expect(scoreOne('SS.04.b', 1.25).points).toBe(125);
    expect(scoreOne('SS.04.b', 2).points).toBe(200);
  });
  it('rejects points above the maximum, negative, or with three decimals', () => {
    for (const value of [2.01, -1, 1.255])
      expect(scoreOne('SS.04.b', value).finding?.code).toBe('INVALID_INPUT');
  });
});

describe('missing inputs', () => {
  it('score 0 and are reported, never silently', () => {
    const result = score(sampleSet, { ...fullInputs, 'SS.02': undefined, 'SS.06': null });
    expect(result.missing).toEqual(['SS/SS.HT/SS.02', 'SS/SS.CS/SS.06']);
    expect(result.findings.map((finding) => finding.code)).toEqual([
      'MISSING',
      'MISSING',
      'COHORT_BEST_UNKNOWN',
    ]);
    expect(result.points).toBe(3000 - 100 - 600);
  });
});

describe('checking an input before it is stored', () => {
  const share: Rule = { kind: 'share', measure: { vi: 'tỉ lệ', en: 'share' } };
  it('names the problem by a stable code, in Vietnamese (vi-VN numbers) and English', () => {
    expect(checkRuleInput(share, 105.5, { max: 200 })).toEqual({
      code: 'SHARE_OUT_OF_RANGE',
      messages: {
        vi: 'Tỷ lệ phải từ 0 đến 100 (đã nhập 105,5)',
        en: 'share must be between 0 and 100 (got 105.5)',
      },
    });
    expect(checkRuleInput(share, 57.5, { max: 200 })).toBeUndefined();
  });
  it('says which part of a ratio is wrong', () => {
    const rule = sampleRule('SS.03');
    expect(checkRuleInput(rule, { numerator: 3, denominator: -1 }, { max: 300 })).toMatchObject({
      code: 'RATIO_DENOMINATOR_INVALID',
      field: 'denominator',
    });
    expect(checkRuleInput(rule, { numerator: 30, denominator: 20 }, { max: 300 })?.code).toBe(
      'RATIO_NUMERATOR_ABOVE_DENOMINATOR',
    );
  });
  it('holds manual points to the node maximum', () => {
    const problem = checkRuleInput({ kind: 'manual' }, 2.5, { max: 200 });
    expect(problem?.code).toBe('MANUAL_POINTS_OUT_OF_RANGE');
    expect(problem?.messages.vi).toBe('Điểm phải từ 0 đến 2, tối đa hai chữ số thập phân');
  });
  it('has a check for every kind that accepts what its own sample produces', () => {
    for (const node of scoredNodes(sampleSet)) {
      const value = sampleInput(node.rule, { maxPoints: node.max / 100, level: 0.5, random: () => 0.5 });
      expect(checkRuleInput(node.rule, value, { max: node.max }), node.code).toBeUndefined();
    }
  });
});

describe('describing a rule', () => {
  it('words steps highest first with the locale’s numbers', () => {
    const rule: Rule = {
      kind: 'steps',
      measure: { vi: 'số cuộc họp', en: 'meetings' },
      steps: [
        { min: 1, points: 0.5 },
        { min: 2.5, points: 1.5 },
      ],
    };
    expect(describeRule(rule, 'vi')).toBe('số cuộc họp: ≥ 2,5 → 1,50; ≥ 1 → 0,50');
    expect(describeRule(rule, 'en')).toBe('meetings: ≥ 2.5 → 1.50; ≥ 1 → 0.50');
  });
  it('words a capped count per item', () => {
    const rule: Rule = {
      kind: 'cappedCount',
      item: { vi: 'ứng dụng', en: 'application' },
      pointsPerItem: 0.25,
    };
    expect(describeRule(rule, 'vi')).toBe('0,25 điểm mỗi ứng dụng');
    expect(describeRule(rule, 'en')).toBe('0.25 points per application');
  });
});

function sampleRule(code: string): Rule {
  const node = scoredNodes(sampleSet).find((candidate) => candidate.code === code);
  if (!node) throw new Error(`no node ${code}`);
  return node.rule;
}
