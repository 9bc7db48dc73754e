import { parseCriteriaSet, type WhatIfBasis } from '@chiso/scoring';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NextLevelPanel } from './NextLevelPanel.tsx';

const text = (vi: string, en = vi) => ({ vi, en });
const evidence = { required: false };

// Policy decides Mức 1 (≥ 30 %) and Mức 2 (≥ 6 points); the unit has 4,00 of 13 (Mức 1).
const set = parseCriteriaSet({
  code: 'test',
  version: '1',
  name: text('Bộ thử'),
  unitLevel: 'district',
  source: {
    document: 'T',
    title: text('Thử'),
    issuedBy: 'chiso',
    date: '2022-11-16',
    status: 'reconstructed',
  },
  maxPoints: 15,
  categories: [
    {
      code: 'SS',
      name: text('Điều kiện sẵn sàng', 'Readiness'),
      maxPoints: 15,
      groups: [
        {
          code: 'SS.HT',
          name: text('Hạ tầng kỹ thuật', 'Infrastructure'),
          maxPoints: 2,
          criteria: [
            {
              code: 'SS.01',
              number: 12,
              name: text('Có tường lửa'),
              maxPoints: 2,
              rule: { kind: 'yesNo' },
              evidence,
            },
          ],
        },
        {
          code: 'SS.CS',
          name: text('Môi trường chính sách', 'Policy'),
          maxPoints: 13,
          criteria: [
            {
              code: 'SS.05',
              number: 14,
              name: text('Tỷ lệ văn bản ký số'),
              maxPoints: 10,
              rule: { kind: 'share', measure: text('Tỷ lệ %', 'Share %') },
              evidence,
            },
            {
              code: 'SS.06',
              number: 15,
              name: text('Có quy chế'),
              maxPoints: 3,
              rule: { kind: 'yesNo' },
              evidence,
            },
          ],
        },
      ],
      levels: [
        { level: 1, conditions: [{ kind: 'groupShare', group: 'SS.CS', minPercent: 30 }] },
        { level: 2, conditions: [{ kind: 'groupPoints', group: 'SS.CS', min: 6 }] },
      ],
    },
  ],
});

const basis: WhatIfBasis = {
  id: 'me',
  inputs: { 'SS.01': true, 'SS.05': 40, 'SS.06': false },
  overrides: {},
  cohortBest: {},
  cohort: [
    { id: 'a', points: 900, maxPoints: 1500, ranked: true },
    { id: 'b', points: 700, maxPoints: 1500, ranked: true },
  ],
};

describe('NextLevelPanel', () => {
  it('explains the path to the next level and plays it in the what-if', () => {
    render(<NextLevelPanel set={set} basis={basis} locale="vi" />);
    const card = screen.getByRole('article', { name: 'Điều kiện sẵn sàng' });
    expect(within(card).getByRole('heading').textContent).toBe('Điều kiện sẵn sàng — Mức 1');
    expect(card.textContent).toContain(
      'Để lên Mức 2 ở Điều kiện sẵn sàng: cần thêm 2,00 điểm ở Môi trường chính sách: tiêu chí 14. Tổng cộng 2,00 điểm.',
    );
    // The least share that scores 6,00: 59,95 % × 10 = 5,995, rounded half up.
    expect(card.textContent).toContain(
      'Tiêu chí 14 — Tỷ lệ văn bản ký số: 4,00 → 6,00 điểm (Tỷ lệ % ≥ 59,95)',
    );

    fireEvent.click(within(card).getByRole('button', { name: 'Thử kế hoạch này' }));
    // 6,00 + 2,00 = 8,00: level 2, and past the unit at 7,00.
    expect(screen.getByRole('status').textContent).toBe(
      'Tổng điểm: 6,00 → 8,00 / 15,00 · Hạng 2/3 (hiện tại: 3)',
    );
    expect(screen.getByText('Mức 2', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Điều kiện sẵn sàng — Mức 2' })).toBeTruthy();

    // A figure typed by hand moves everything again; resetting goes back to the published figures.
    fireEvent.change(screen.getByRole('textbox', { name: /Tỷ lệ văn bản ký số/ }), {
      target: { value: '100' },
    });
    expect(screen.getByRole('status').textContent).toContain('12,00 / 15,00 · Hạng 1/3');
    fireEvent.click(screen.getByRole('button', { name: 'Đặt lại số liệu' }));
    expect(screen.getByRole('status').textContent).toContain('6,00 → 6,00');

    // Two points of share cost less than the regulation's three, until the Sở says they are hard to win.
    expect(card.textContent).toContain('tiêu chí 14.');
    const efforts = screen.getAllByRole('textbox', { name: 'Hệ số công sức' });
    fireEvent.change(efforts[1] as HTMLElement, { target: { value: '2,5' } });
    expect(card.textContent).toContain('cần thêm 3,00 điểm ở Môi trường chính sách: tiêu chí 15.');
  });
});
