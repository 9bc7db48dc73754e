import { describe, expect, it } from 'vitest';
import { typedAdjustments, unreadablePoints } from './adjustments.ts';

describe('a reviewer’s typed adjustments', () => {
  it('reads Vietnamese decimals, skips empty boxes and names the points that cannot be sent', () => {
    const sent = typedAdjustments(
      {
        'SS.01': { points: '0,75', comment: 'đủ' },
        'SS.02': { points: 'abc', comment: 'x' },
        'SS.03': { points: '', comment: 'chưa chấm' },
        'SS.04': { points: '-1', comment: 'x' },
        'SS.05': { points: '1,255', comment: 'x' },
        'SS.06': { points: '2', comment: 'x' },
      },
      'vi',
    );
    expect(sent.map((item) => item.nodeCode)).toEqual(['SS.01', 'SS.02', 'SS.04', 'SS.05', 'SS.06']);
    expect(sent[0]).toEqual({ nodeCode: 'SS.01', points: 0.75, comment: 'đủ' });
    expect(unreadablePoints(sent)).toEqual(['SS.02', 'SS.04', 'SS.05']);
  });
});
