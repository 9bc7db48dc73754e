import { describe, expect, it } from 'vitest';
import { sampleSetDocument } from '../test/sample-set.ts';
import { formatIssue, validateCriteriaSet } from './validate.ts';

/** The sample document as plain data, to break in each test. */
type Document = any;

function issuesAfter(change: (document: Document) => void): string[] {
  const document = structuredClone(sampleSetDocument);
  change(document);
  const result = validateCriteriaSet(document);
  return result.ok ? [] : result.issues.map(formatIssue);
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
    ).toEqual(['SS/SS.CS/SS.05 › rule.steps[0].points: Too small: expected number to be >=0']);
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
    ).toContain('SS/SS.HT/SS.02 › maxPoints: points have at most two decimal places');
  });

  it('checks that every parent is the sum of its children', () => {
    expect(
      issuesAfter((document) => {
        document.categories[0]!.groups[0]!.criteria[1]!.maxPoints = 2;
      }),
    ).toEqual(['SS/SS.HT › maxPoints: maxPoints is 6 but its children add up to 7']);
    expect(
      issuesAfter((document) => {
        document.maxPoints = 29.5;
      }),
    ).toEqual(['(set) › maxPoints: maxPoints is 29.5 but its categories add up to 30']);
  });

  it('refuses a code used twice', () => {
    expect(
      issuesAfter((document) => {
        document.categories[0]!.groups[0]!.criteria[1]!.code = 'SS.01';
      }),
    ).toEqual(['SS/SS.HT/SS.01 › code: code "SS.01" is already used by SS/SS.HT/SS.01']);
  });

  it('checks rule parameters against the maximum', () => {
    expect(
      issuesAfter((document) => {
        const rule = document.categories[0]!.groups[2]!.criteria[1]!.rule;
        rule.options[1]!.points = 7;
        rule.options[2]!.value = 'head';
      }),
    ).toEqual([
      'SS/SS.CS/SS.06 › rule.options[1].points: option gives 7 points, more than the maximum 6',
      'SS/SS.CS/SS.06 › rule.options[2].value: two options are "head"',
    ]);
  });

  it('wants the maximum reachable by some step or option', () => {
    expect(
      issuesAfter((document) => {
        document.categories[0].groups[2].criteria[0].rule.steps[0].points = 3.5;
      }),
    ).toEqual(['SS/SS.CS/SS.05 › rule: no step gives the maximum 4 points']);
  });

  it('checks level rules name groups of their category, in ascending order', () => {
    expect(
      issuesAfter((document) => {
        const levels = document.categories[0]!.levels;
        levels[1] = { level: 1, conditions: [{ kind: 'groupPoints', group: 'KQ.GD', min: 1 }] };
      }),
    ).toEqual([
      'SS › levels[1].level: levels must be listed in ascending order without repeats (Mức 1)',
      'SS › levels[1].conditions[0]: Mức 1 names group "KQ.GD", which is not in this category',
    ]);
  });

  it('wants a rule or indicators on every criterion, not both', () => {
    expect(
      issuesAfter((document) => {
        const criterion = document.categories[0]!.groups[0]!.criteria[0]! as Record<string, unknown>;
        delete criterion.rule;
      }),
    ).toEqual(['SS/SS.HT/SS.01 › rule: has neither a rule nor indicators']);
  });
});
