// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { describeValue } from './diff-values.ts';

describe('describeValue', () => {
  it('writes a diff’s old and new values as a Vietnamese reader reads them', async () => {
    await i18n.changeLanguage('vi');
    const t = i18n.t;
    expect(describeValue(1234.5, 'vi', t)).toBe('1.234,5');
    expect(describeValue(null, 'vi', t)).toBe('—');
    expect(describeValue({ vi: 'Tỷ lệ hộ có ti vi', en: 'Households with a TV' }, 'vi', t)).toBe(
      'Tỷ lệ hộ có ti vi',
    );
    expect(describeValue({ kind: 'share', measure: { vi: 'tỉ lệ hộ', en: 'households' } }, 'vi', t)).toBe(
      'Tỉ lệ %: tỉ lệ hộ',
    );
    expect(describeValue(true, 'vi', t)).toBe('Có');
  });
});
