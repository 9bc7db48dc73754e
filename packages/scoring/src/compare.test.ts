import { describe, expect, it } from 'vitest';
import { score } from './aggregate.ts';
import { compareResults } from './compare.ts';
import { diffSets } from './diff.ts';
import { parseCriteriaSet } from './model/index.ts';
import { fullInputs, sampleSet, sampleSetDocument } from './test/sample-set.ts';
import { weakestCriteria } from './weakest.ts';

const best = { cohortBest: { 'KQ.GD.01': 100 } };

describe('delta between two results', () => {
  it('gives the change node by node', () => {
    const before = score(sampleSet, { ...fullInputs, 'SS.06': 'deputy', 'KQ.GD.01': 25 }, best);
    const after = score(sampleSet, { ...fullInputs, 'KQ.GD.01': 75 }, best);
    const delta = compareResults(before, after);
    expect(delta.points).toBe(300 + 500);
    const readiness = delta.categories[0]!;
    expect(readiness).toMatchObject({ code: 'SS', delta: 300, status: 'changed' });
    expect(readiness.children.map((group) => [group.code, group.status, group.delta])).toEqual([
      ['SS.HT', 'unchanged', 0],
      ['SS.NL', 'unchanged', 0],
      ['SS.CS', 'changed', 300],
    ]);
    expect(readiness.children[2]!.children[1]).toMatchObject({
      before: { points: 300 },
      after: { points: 600 },
      delta: 300,
    });
  });

  it('lists nodes that exist on one side only', () => {
    const document = structuredClone(sampleSetDocument);
    document.categories[1]!.groups[0]!.criteria[0]!.code = 'KQ.GD.09';
    const renamed = parseCriteriaSet(document);
    const delta = compareResults(
      score(sampleSet, fullInputs, best),
      score(renamed, { 'KQ.GD.09': 100 }, best),
    );
    expect(
      delta.categories[1]!.children[0]!.children.map((node) => [node.code, node.status, node.delta]),
    ).toEqual([
      ['KQ.GD.09', 'added', 1000],
      ['KQ.GD.01', 'removed', -500],
    ]);
  });
});

describe('diff between two versions of a set', () => {
  it('lists added, removed and changed nodes with the fields that changed', () => {
    const document: any = structuredClone(sampleSetDocument);
    const policy = document.categories[0].groups[2];
    policy.criteria[0].rule.steps[0].min = 5;
    policy.criteria[1]!.name = { vi: 'Người chủ trì', en: 'Chair' };
    document.categories[1]!.groups[0]!.criteria[0]!.code = 'KQ.GD.02';
    const diff = diffSets(sampleSet, parseCriteriaSet(document));
    expect(diff.added).toEqual([{ code: 'KQ.GD.02', kind: 'criterion', path: 'KQ/KQ.GD/KQ.GD.02' }]);
    expect(diff.removed).toEqual([{ code: 'KQ.GD.01', kind: 'criterion', path: 'KQ/KQ.GD/KQ.GD.01' }]);
    expect(diff.changed).toEqual([
      {
        code: 'SS.05',
        kind: 'criterion',
        path: 'SS/SS.CS/SS.05',
        fields: ['rule'],
        values: [{ field: 'rule.steps[0].min', before: 4, after: 5 }],
      },
      {
        code: 'SS.06',
        kind: 'criterion',
        path: 'SS/SS.CS/SS.06',
        fields: ['name'],
        values: [
          { field: 'name.vi', before: 'Chủ trì họp', after: 'Người chủ trì' },
          { field: 'name.en', before: 'Who chairs', after: 'Chair' },
        ],
      },
    ]);
  });

  it('walks lists and objects on both sides, so a step added shows its values from nothing', () => {
    const document: any = structuredClone(sampleSetDocument);
    const meetings = document.categories[0].groups[2].criteria[0];
    meetings.rule.steps.push({ min: 0.5, points: 0.25 });
    meetings.rule.measure.en = 'Meetings';
    delete meetings.number;
    const [change] = diffSets(sampleSet, parseCriteriaSet(document)).changed;
    expect(change?.fields).toEqual(['number', 'rule']);
    expect(change?.values).toEqual([
      { field: 'number', before: 5, after: null },
      { field: 'rule.measure.en', before: 'Meetings a year', after: 'Meetings' },
      { field: 'rule.steps[4].min', before: null, after: 0.5 },
      { field: 'rule.steps[4].points', before: null, after: 0.25 },
    ]);
  });

  it('marks a criterion moved among its siblings, not the ones it passed', () => {
    const document: any = structuredClone(sampleSetDocument);
    const criteria = document.categories[0].groups[0].criteria;
    const codes = criteria.map((node: { code: string }) => node.code);
    criteria.push(criteria.shift());
    const diff = diffSets(sampleSet, parseCriteriaSet(document));
    expect(codes.length).toBeGreaterThan(2);
    expect(diff.changed).toEqual([
      {
        code: codes[0],
        kind: 'criterion',
        path: expect.stringContaining(codes[0]),
        fields: ['position'],
        values: [],
      },
    ]);
  });

  it('finds nothing between a version and itself', () => {
    expect(diffSets(sampleSet, parseCriteriaSet(structuredClone(sampleSetDocument)))).toEqual({
      added: [],
      removed: [],
      changed: [],
    });
  });
});

describe('weakest criteria across a cohort', () => {
  it('orders criteria by points lost, with counts at zero and at full', () => {
    const results = [
      score(sampleSet, { ...fullInputs, 'SS.02': false, 'SS.06': 'deputy' }, best),
      score(sampleSet, { ...fullInputs, 'SS.02': false, 'SS.06': 'none' }, best),
      score(sampleSet, fullInputs, best),
    ];
    const weakest = weakestCriteria(results, 3);
    expect(
      weakest.map(({ code, lost, units, atZero, atFull }) => [code, lost, units, atZero, atFull]),
    ).toEqual([
      ['KQ.GD.01', 1500, 3, 0, 0],
      ['SS.06', 900, 3, 1, 1],
      ['SS.02', 200, 3, 2, 1],
    ]);
  });
});
