import { describe, expect, it } from 'vitest';
import { rowsOf, type TargetRow, targetsOf } from './target-rows.ts';

const row = (change: Partial<TargetRow>): TargetRow => ({
  key: 'k',
  criterion: 'btttt-2392-district/SS.40',
  targetPoints: '1',
  targetValue: '',
  owner: 'Phòng Văn hóa và Thông tin',
  dueOn: '2022-12-31',
  note: '',
  ...change,
});

describe('plan target rows', () => {
  it('reads points and figures as the reader writes them', () => {
    const { targets, problems } = targetsOf([row({ targetPoints: '0,75', targetValue: '1.234,5' })], 'vi');
    expect(problems).toEqual({});
    expect(targets).toEqual([
      {
        setCode: 'btttt-2392-district',
        nodeCode: 'SS.40',
        targetPoints: 0.75,
        targetValue: 1234.5,
        owner: 'Phòng Văn hóa và Thông tin',
        dueOn: '2022-12-31',
        note: null,
      },
    ]);
    expect(targetsOf([row({ targetPoints: '0.75' })], 'en').targets[0]?.targetPoints).toBe(0.75);
  });

  it('asks about what it cannot read, by row and field, instead of guessing', () => {
    const { problems } = targetsOf(
      [
        row({}),
        row({ criterion: '', targetPoints: '' }),
        row({ targetPoints: '1,234.5', targetValue: '1..2' }),
      ],
      'vi',
    );
    expect(problems).toEqual({
      'targets.1.nodeCode': 'criterionRequired',
      'targets.1.targetPoints': 'pointsRequired',
      'targets.2.targetPoints': 'numberUnreadable',
      'targets.2.targetValue': 'numberUnreadable',
    });
  });

  it('shows stored targets in the reader’s convention', () => {
    const stored = {
      id: 't1',
      set: { code: 'qn-268-district-supplement' },
      nodeCode: 'TQ.04',
      targetPoints: 1.5,
      targetValue: 50,
      owner: 'Văn phòng HĐND và UBND',
      dueOn: null,
      note: null,
    };
    const [vi] = rowsOf([stored as never], 'vi');
    expect(vi).toMatchObject({
      criterion: 'qn-268-district-supplement/TQ.04',
      targetPoints: '1,5',
      targetValue: '50',
      dueOn: '',
    });
    expect(rowsOf([stored as never], 'en')[0]?.targetPoints).toBe('1.5');
  });
});
