import { describe, expect, it } from 'vitest';
import { lockedUntil } from './sign-in-throttle.ts';

describe('lockedUntil', () => {
  const last = new Date('2026-12-04T08:00:00Z');
  it('lets four failures pass, then doubles the lock with each failure up to an hour', () => {
    expect(lockedUntil(4, last)).toBeNull();
    const minutes = [5, 6, 7, 8, 11, 12].map(
      (failures) => ((lockedUntil(failures, last)?.getTime() ?? 0) - last.getTime()) / 60_000,
    );
    expect(minutes).toEqual([1, 2, 4, 8, 60, 60]);
  });
});
