import { describe, expect, it } from 'vitest';
import { definitionOf, paramsOf, readChoice, writeChoice } from './choice.ts';

const fallback = { group: 'G1', period: 'P2022' };

describe('the workbench choice', () => {
  it('reads the URL, falling back to the first group and period and to safe defaults', () => {
    const choice = readChoice(new URLSearchParams('kind=BOGUS&measure=POINTS&nodes='), fallback);
    expect(choice).toEqual({
      group: 'G1',
      set: null,
      period: 'P2022',
      from: null,
      kind: 'GROUP',
      nodes: [],
      measure: 'POINTS',
      rule: 'MEAN',
      node: null,
    });
    expect(readChoice(new URLSearchParams(), fallback).nodes).toBeNull();
  });

  it('saves two periods older first with DELTA, and reopens to the same choice', () => {
    const params = writeChoice(new URLSearchParams(), {
      group: 'G3',
      set: 'qn-268-district-supplement',
      period: 'P2022',
      from: 'P2021',
      kind: 'CRITERION',
      nodes: ['TP.01', 'TP.02'],
      measure: 'POINTS',
      rule: 'SUM',
      node: 'TP.02',
    });
    const choice = readChoice(params, fallback);
    const definition = definitionOf(choice);
    expect(definition).toEqual({
      cohort: { unitGroupId: 'G3', setCode: 'qn-268-district-supplement' },
      periods: ['P2021', 'P2022'],
      nodes: { kind: 'CRITERION', codes: ['TP.01', 'TP.02'] },
      measures: ['POINTS', 'DELTA'],
      lineageRule: 'SUM',
      focusNode: 'TP.02',
    });
    expect(readChoice(paramsOf(definition), fallback)).toEqual(choice);
  });

  it('saves one period without DELTA and every node without codes; reopening resets the rest', () => {
    const definition = definitionOf(readChoice(new URLSearchParams('kind=CATEGORY'), fallback));
    expect(definition).toEqual({
      cohort: { unitGroupId: 'G1' },
      periods: ['P2022'],
      nodes: { kind: 'CATEGORY' },
      measures: ['SHARE'],
    });
    expect(paramsOf(definition).toString()).toBe('group=G1&period=P2022&kind=CATEGORY&measure=SHARE');
  });
});
