/** `pnpm bench:load`'s last line: every kind's answers together, conflicts apart from errors. */
import { describe, expect, it } from 'vitest';
import { count, loadLine, newTally } from './tally.ts';

describe('the load line', () => {
  it('takes p95 over every answer, counts errors and failures but not conflicts, and the worst ping', () => {
    const tally = newTally();
    for (let ms = 1; ms <= 19; ms++) count(tally, 'analyst ranking', ms, 'ok');
    count(tally, 'officer save', 400, 'conflict');
    count(tally, 'officer save', 30, 'error', 'officer save: INTERNAL');
    expect(loadLine(tally, 2, [4, 97.6, 12])).toBe(
      'load: 21 requests, 3 errors, p95 30 ms, healthz max 98 ms',
    );
    expect(tally).toMatchObject({ conflicts: 1, problems: ['officer save: INTERNAL'] });
  });
});
