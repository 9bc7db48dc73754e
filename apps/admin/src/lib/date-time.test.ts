import { describe, expect, it } from 'vitest';
import { formatDateTime } from './date-time.ts';

describe('formatDateTime', () => {
  it('writes day/month/year with leading zeros, then the local time', () => {
    const local = new Date(2022, 10, 6, 9, 5);
    expect(formatDateTime(local.toISOString())).toBe('06/11/2022 09:05');
    expect(formatDateTime('not a date')).toBe('—');
  });
});
