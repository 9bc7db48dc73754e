import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/index.ts';
import { fieldLabel, fieldParts, fieldValue } from './diff-values.ts';

describe('a changed value, old → new', () => {
  it('names where it sits in words and writes numbers as the language does', () => {
    const vi = i18n.getFixedT('vi');
    const en = i18n.getFixedT('en');
    expect(fieldParts('rule.steps[4].min')).toEqual(['rule', 'steps', 4, 'min']);
    expect(fieldLabel('rule.steps[4].min', vi)).toBe('cách chấm điểm › các bậc › 5 › ngưỡng');
    expect(fieldLabel('name.vi', vi)).toBe('tên › tiếng Việt');
    expect(fieldLabel('maxPoints', en)).toBe('maximum points');
    expect(fieldValue('maxPoints', 1234.5, vi, 'vi')).toBe('1.234,5');
    expect(fieldValue('maxPoints', 0.75, en, 'en')).toBe('0.75');
    expect(fieldValue('number', null, vi, 'vi')).toBe('—');
    expect(fieldValue('rule.kind', 'steps', vi, 'vi')).toBe('Bậc thang');
    expect(fieldValue('evidence.required', true, vi, 'vi')).toBe('Có');
  });
});
