import { problem } from '@chiso/scoring';
import { describe, expect, it } from 'vitest';
import { type AppError, type Issue, issuesByCode, issuesByPath } from './errors.ts';

const error = (issues: AppError['issues']): AppError => ({
  __typename: 'AppError',
  code: 'VALIDATION_FAILED',
  message: 'Dữ liệu không hợp lệ',
  messages: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
  issues,
  jobId: null,
});
const at = (path: string, found: ReturnType<typeof problem>): Issue => ({ path, ...found });

describe('issuesByCode', () => {
  it('places node-path and input-path issues on the criterion they concern, in the console’s language', () => {
    const refused = error([
      at('SS/SS.HT/SS.01', problem('SHARE_OUT_OF_RANGE', { value: 120.5 })),
      at('entries.1.nodeCode', problem('NODE_NOT_SCORED', { code: 'NOPE' })),
      at('KQ/KQ.HD/KQ.HD.34', problem('VALUE_MISSING_FOR_SUBMIT', { code: 'KQ.HD.34' })),
      at('SS/SS.HT/SS.01', problem('EVIDENCE_MISSING_FOR_SUBMIT', { code: 'SS.01' })),
    ]);
    expect(issuesByCode(refused, 'vi', ['SS.01', 'NOPE'])).toEqual({
      'SS.01':
        'Tỷ lệ phải từ 0 đến 100 (đã nhập 120,5); SS.01: hãy đính kèm minh chứng hoặc giải trình vì sao không có',
      NOPE: 'NOPE không phải tiêu chí hay chỉ tiêu được chấm điểm của bộ tiêu chí này',
      'KQ.HD.34': 'KQ.HD.34: hãy nhập số liệu trước khi nộp',
    });
    expect(issuesByCode(refused, 'en', ['SS.01', 'NOPE'])['SS.01']).toMatch(
      /^share must be between 0 and 100/,
    );
  });
});

describe('issuesByPath', () => {
  it('words each field’s problems in the console’s language', () => {
    const refused = error([at('endsOn', problem('PERIOD_ENDS_BEFORE_START', { startsOn: '2023-12-31' }))]);
    expect(issuesByPath(refused, 'vi')).toEqual({
      endsOn: 'Ngày kết thúc phải sau ngày bắt đầu (31/12/2023)',
    });
    expect(issuesByPath('network', 'vi')).toEqual({});
  });
});
