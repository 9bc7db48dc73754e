import { describe, expect, it } from 'vitest';
import { numberText, parseNumber, relocaliseNumber } from './numbers.ts';

// [typed, read in Vietnamese, read in English]; NaN: does not read, so the person is asked.
const cases: Array<[string, number | null, number | null]> = [
  ['', null, null],
  ['  ', null, null],
  ['12', 12, 12],
  ['-5', -5, -5],
  ['−5', -5, -5],
  ['0,75', 0.75, 0.75],
  ['0.75', 0.75, 0.75],
  ['72,5', 72.5, 72.5],
  ['72.5', 72.5, 72.5],
  ['1.234', 1234, 1.234],
  ['1,234', 1.234, 1234],
  ['1.234,5', 1234.5, Number.NaN],
  ['1,234.5', Number.NaN, 1234.5],
  ['12.345.678', 12345678, Number.NaN],
  ['12,345,678', Number.NaN, 12345678],
  ['1 234,5', 1234.5, 1234.5],
  ['1\u00a0234', 1234, 1234],
  ['0.750', 0.75, 0.75],
  ['0,750', 0.75, 0.75],
  ['1234.567', 1234.567, 1234.567],
  [',5', 0.5, 0.5],
  ['5,', 5, 5],
  ['1.23.456', Number.NaN, Number.NaN],
  ['1,2,3', Number.NaN, Number.NaN],
  ['1.2,3.4', Number.NaN, Number.NaN],
  ['abc', Number.NaN, Number.NaN],
  ['1e3', Number.NaN, Number.NaN],
  ['.', Number.NaN, Number.NaN],
  ['--1', Number.NaN, Number.NaN],
];

describe('parseNumber', () => {
  it.each(cases)('reads %j as %s in Vietnamese and %s in English', (typed, vi, en) => {
    expect(parseNumber(typed, 'vi')).toBe(vi);
    expect(parseNumber(typed, 'en')).toBe(en);
  });
});

describe('numberText', () => {
  it('shows stored numbers as each language writes them, reading back to the same value', () => {
    expect(numberText(1234, 'vi')).toBe('1.234');
    expect(numberText(0.75, 'vi')).toBe('0,75');
    expect(numberText(1234.5, 'en')).toBe('1,234.5');
    // More decimals than formatNumber's three are kept, never rounded away.
    expect(numberText(0.0125, 'vi')).toBe('0,0125');
    for (const value of [0, 1, 0.1, 2.25, 1234.5, 12345678.125, 0.0125, -3.5, 1e-7])
      for (const locale of ['vi', 'en'] as const)
        expect(parseNumber(numberText(value, locale), locale), `${value} ${locale}`).toBe(value);
  });

  it('re-shows typed numbers in the other language without changing them; other text stays', () => {
    expect(relocaliseNumber('1.234,5', 'vi', 'en')).toBe('1,234.5');
    expect(relocaliseNumber('0,75', 'vi', 'en')).toBe('0.75');
    expect(relocaliseNumber('1,234', 'en', 'vi')).toBe('1.234');
    expect(relocaliseNumber('mười', 'vi', 'en')).toBe('mười');
    expect(relocaliseNumber('', 'vi', 'en')).toBe('');
  });
});
