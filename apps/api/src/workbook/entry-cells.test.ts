import { loadCriteriaSet } from '@chiso/criteria';
import { type ScoredNode, scoredNodes } from '@chiso/scoring';
import { describe, expect, it } from 'vitest';
import { cellValues, readValue, valueText } from './entry-cells.ts';
import { parseNumberText } from './numbers.ts';

const nodes = scoredNodes(loadCriteriaSet('btttt-2392-district'));
const of = (kind: string) => nodes.find((node) => node.rule.kind === kind) as ScoredNode;

describe('workbook cells', () => {
  it('reads numbers typed as text the way the workbook language writes them', () => {
    expect(parseNumberText('1.234,5', 'vi')).toBe(1234.5);
    expect(parseNumberText('1.234', 'vi')).toBe(1234);
    expect(parseNumberText('0,75', 'vi')).toBe(0.75);
    expect(parseNumberText('0.75', 'vi')).toBe(0.75);
    expect(parseNumberText('1,234.5', 'en')).toBe(1234.5);
    expect(parseNumberText('abc', 'vi')).toBeUndefined();
  });

  it('reads each kind back as stored, and hands on what it does not understand', () => {
    const yesNo = of('yesNo');
    const ratio = of('ratio');
    const choice = of('choice');
    expect(readValue(yesNo, ['Có'], 'vi')).toBe(true);
    expect(readValue(yesNo, ['không'], 'vi')).toBe(false);
    expect(readValue(yesNo, ['có lẽ'], 'vi')).toBe('có lẽ');
    expect(readValue(ratio, [null, null], 'vi')).toBeNull();
    expect(readValue(ratio, ['1.200', 1500], 'vi')).toEqual({ numerator: 1200, denominator: 1500 });
    expect(readValue(ratio, [3, null], 'vi')).toEqual({ numerator: 3, denominator: undefined });
    if (choice.rule.kind !== 'choice') throw new Error('no choice');
    const option = choice.rule.options[1];
    expect(readValue(choice, cellValues(choice, option?.value, 'en'), 'vi')).toBe(option?.value);
    expect(valueText(ratio, { numerator: 1200, denominator: 1500 }, 'vi')).toBe('1.200/1.500');
    expect(valueText(of('share'), 80.5, 'vi')).toBe('80,5');
  });
});
