import { describe, expect, it } from 'vitest';
import { type AppError, issuesByCode } from './errors.ts';

const error = (issues: AppError['issues']): AppError => ({
  __typename: 'AppError',
  code: 'VALIDATION_FAILED',
  message: 'Dữ liệu không hợp lệ',
  messages: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
  issues,
});

describe('issuesByCode', () => {
  it('places node-path and input-path issues on the criterion they concern', () => {
    const byCode = issuesByCode(
      error([
        { path: 'SS/SS.HT/SS.01', message: 'share must be a number' },
        { path: 'entries.1.nodeCode', message: 'not a scored criterion' },
        { path: 'KQ/KQ.HD/KQ.HD.34', message: 'enter a value' },
        { path: 'SS/SS.HT/SS.01', message: 'explain' },
      ]),
      ['SS.01', 'NOPE'],
    );
    expect(byCode).toEqual({
      'SS.01': 'share must be a number; explain',
      NOPE: 'not a scored criterion',
      'KQ.HD.34': 'enter a value',
    });
  });
});
