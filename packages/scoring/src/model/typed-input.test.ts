import { describe, expect, it } from 'vitest';
import { enumName, toTypedInput } from './typed-input.ts';

describe('toTypedInput', () => {
  it('names kinds as the API enums do', () => {
    expect(enumName('yesNo')).toBe('YES_NO');
    expect(enumName('bestInCohort')).toBe('BEST_IN_COHORT');
    expect(enumName('full')).toBe('FULL');
    expect(toTypedInput({ rule: { kind: 'ratio', zeroDenominator: 'zero' } })).toEqual({
      rule: { kind: 'RATIO', zeroDenominator: 'ZERO' },
    });
  });

  it('moves a text source row to rowLabel at any depth, keeps a number, and drops $schema', () => {
    expect(
      toTypedInput({
        $schema: '../schema.json',
        source: { row: 3 },
        categories: [{ groups: [{ source: { row: 'II.1' } }] }],
      }),
    ).toEqual({ source: { row: 3 }, categories: [{ groups: [{ source: { rowLabel: 'II.1' } }] }] });
  });
});
