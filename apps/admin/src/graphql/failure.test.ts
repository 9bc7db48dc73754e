import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { failureMessage } from './failure.ts';

const t = i18n.getFixedT('vi');
const answered = (status: number) =>
  new CombinedError({ networkError: new Error('Bad Request'), response: { status } });

describe('failureMessage', () => {
  it('calls only an unanswered request a connection problem', () => {
    expect(failureMessage(new CombinedError({ networkError: new Error('offline') }), 'vi', t)).toMatch(
      /^Không kết nối được máy chủ/,
    );
    expect(failureMessage(answered(400), 'vi', t)).toBe(
      'Máy chủ từ chối yêu cầu (mã 400). Dữ liệu bạn đã nhập vẫn còn trên trang; hãy kiểm tra rồi thử lại.',
    );
    expect(failureMessage(answered(502), 'vi', t)).toMatch(/^Máy chủ gặp lỗi \(mã 502\)/);
  });

  it("uses the API's own words in the reader's language, never its English in Vietnamese", () => {
    const typed = new CombinedError({
      graphQLErrors: [
        {
          message: 'Please sign in.',
          extensions: {
            code: 'UNAUTHENTICATED',
            messages: { vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
          },
        },
      ],
    });
    expect(failureMessage(typed, 'vi', t)).toBe('Vui lòng đăng nhập.');
    expect(failureMessage(typed, 'en', i18n.getFixedT('en'))).toBe('Please sign in.');
    const untyped = new CombinedError({
      graphQLErrors: [
        { message: 'Variable "$input" got invalid value "abc"', extensions: { code: 'BAD_USER_INPUT' } },
      ],
    });
    expect(failureMessage(untyped, 'vi', t)).toMatch(/^Máy chủ từ chối yêu cầu \(mã BAD_USER_INPUT\)/);
  });
});
