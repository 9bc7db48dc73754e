// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dayText, dayValue, formatDay, isIsoDay, isWrongDay, parseDay } from './dates.ts';

describe('parseDay', () => {
  it('reads day first with "/", "-" or ".", with or without leading zeros', () => {
    for (const typed of ['1/2/2023', '01/02/2023', '01-02-2023', '01.02.2023', ' 1/02/2023 ', '2023-02-01'])
      expect(parseDay(typed), typed).toBe('2023-02-01');
    expect(parseDay('29/02/2024')).toBe('2024-02-29');
  });

  it('refuses impossible, half-typed and month-first days', () => {
    for (const typed of [
      '31/02/2023',
      '29/02/2023',
      '1/13/2023',
      '0/1/2023',
      '1/2/23',
      '1/2',
      '',
      'mai',
      '2023-02-31',
    ])
      expect(parseDay(typed), typed).toBeNull();
    expect(parseDay('12/31/2023')).toBeNull();
  });
});

describe('formatDay and dayValue', () => {
  it('shows an ISO day as dd/mm/yyyy and leaves other text as typed', () => {
    expect(formatDay('2022-11-16')).toBe('16/11/2022');
    expect(formatDay('2023-02-01')).toBe('01/02/2023');
    expect(formatDay('')).toBe('');
    expect(formatDay('31/02/2023')).toBe('31/02/2023');
  });

  it('hands the form an ISO day, a blank, or the text that is no day', () => {
    expect(dayValue('1.2.2023')).toBe('2023-02-01');
    expect(dayValue('  ')).toBe('');
    expect(dayValue('31/02/2023')).toBe('31/02/2023');
  });

  it('flags a wrong day only once it is plainly wrong', () => {
    expect(isIsoDay('2023-02-01')).toBe(true);
    expect(isIsoDay('2023-2-1')).toBe(false);
    expect(isWrongDay('31/02/2023')).toBe(true);
    expect(isWrongDay('mai')).toBe(true);
    expect(isWrongDay('1/2/20')).toBe(false);
    expect(isWrongDay('')).toBe(false);
    expect(isWrongDay('2023-02-01')).toBe(false);
  });
});

describe('dayText', () => {
  it('takes a blank or an ISO day and refuses the rest with its message', () => {
    const day = dayText('Ngày không hợp lệ');
    expect(day.safeParse('').success).toBe(true);
    expect(day.safeParse('2023-02-01').success).toBe(true);
    expect(day.safeParse('31/02/2023').error?.issues[0]?.message).toBe('Ngày không hợp lệ');
    expect(day.min(1, 'Bắt buộc').safeParse('').error?.issues[0]?.message).toBe('Bắt buộc');
  });
});
