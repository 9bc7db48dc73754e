// @vitest-environment node
import { Criterion, type Problem } from '@chiso/scoring';
import { describe, expect, it } from 'vitest';
import { numberText, optionalNumberText, problemsText, textCheckedBy } from './model-fields.ts';

const messages = {
  notANumber: 'không phải số',
  refused: (problems: readonly Problem[]) => `refused: ${problemsText(problems, 'vi')}`,
};
const issues = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message);

describe('model fields', () => {
  it('reads numbers as the language writes them, then holds them to the model', () => {
    const points = numberText(Criterion.shape.maxPoints, messages, 'vi');
    expect(points.parse('1,5')).toBe(1.5);
    expect(points.parse(' 2.25 ')).toBe(2.25);
    expect(points.parse('1.234')).toBe(1234);
    expect(numberText(Criterion.shape.maxPoints, messages, 'en').parse('1,234.5')).toBe(1234.5);
    expect(issues(points.safeParse('mười'))).toEqual(['không phải số']);
    expect(issues(points.safeParse(''))).toEqual(['không phải số']);
    expect(issues(points.safeParse('1,255'))).toEqual(['refused: Điểm có tối đa hai chữ số thập phân']);
  });

  it('lets an optional number be blank', () => {
    const weight = optionalNumberText(Criterion.shape.weight.unwrap(), messages, 'vi');
    expect(weight.parse('  ')).toBeNull();
    expect(weight.parse('0,5')).toBe(0.5);
    expect(weight.safeParse('0').success).toBe(false);
  });

  it('checks a code as the model does, trimmed', () => {
    const code = textCheckedBy(Criterion.shape.code, messages.refused);
    expect(code.parse(' SS.01 ')).toBe('SS.01');
    expect(issues(code.safeParse('SS 01'))?.[0]).toMatch(/^refused: Mã chỉ gồm chữ, số/);
  });
});
