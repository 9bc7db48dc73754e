import { scoredNodesByCode } from '@chiso/scoring';
import { describe, expect, it } from 'vitest';
import { validationFailed } from '../../errors.ts';
import { communeSet } from './fixture.ts';
import { checkInput } from './inputs.ts';

// No database: what the API refuses before anything is stored, and how it says so.
describe('checking an entry against its rule kind', () => {
  const node = (code: string) => {
    const found = scoredNodesByCode(communeSet).get(code);
    if (!found) throw new Error(`no node ${code}`);
    return found;
  };

  it('names the problem by its catalogue code, in Vietnamese and English', () => {
    const issue = checkInput(node('SS.01'), 105);
    expect(issue).toEqual({
      path: 'SS/SS.HT/SS.01',
      code: 'SHARE_OUT_OF_RANGE',
      messages: {
        vi: 'SS.01: Tỷ lệ phải từ 0 đến 100 (đã nhập 105)',
        en: 'SS.01: share must be between 0 and 100 (got 105)',
      },
    });
    expect(checkInput(node('SS.01'), 57.5)).toBeUndefined();
  });

  it('words the refusal in Vietnamese for Vietnamese readers', () => {
    const issue = checkInput(node('SS.01'), 105);
    expect(validationFailed(issue ? [issue] : []).messages).toEqual({
      vi: 'Dữ liệu không hợp lệ: SS.01: Tỷ lệ phải từ 0 đến 100 (đã nhập 105)',
      en: 'Invalid input: SS.01: share must be between 0 and 100 (got 105)',
    });
  });
});
