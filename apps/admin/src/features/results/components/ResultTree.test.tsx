import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ResultDelta, ResultNode } from '../operations.ts';
import { formatDelta, ResultSummary, ResultTree } from './ResultTree.tsx';

function node(partial: Partial<ResultNode> & Pick<ResultNode, 'code' | 'kind' | 'path'>): ResultNode {
  return {
    name: { vi: partial.code, en: partial.code },
    points: 0,
    maxPoints: 0,
    share: 0,
    level: null,
    levelText: null,
    notRanked: false,
    notRankedReason: null,
    rank: null,
    overridden: false,
    ...partial,
  };
}

const nodes: ResultNode[] = [
  node({
    code: 'SS',
    kind: 'CATEGORY',
    path: 'SS',
    name: { vi: 'Sẵn sàng', en: 'Readiness' },
    points: 23.72,
    maxPoints: 30,
    share: 0.7907,
    level: 3,
  }),
  node({ code: 'SS.HT', kind: 'GROUP', path: 'SS/SS.HT', points: 11.18, maxPoints: 14, share: 0.7986 }),
  node({
    code: 'SS.01',
    kind: 'CRITERION',
    path: 'SS/SS.HT/SS.01',
    points: 1.24,
    maxPoints: 1.5,
    share: 0.8267,
  }),
  node({ code: 'SS.01.a', kind: 'INDICATOR', path: 'SS/SS.HT/SS.01/SS.01.a', points: 0.5, maxPoints: 0.5 }),
  node({
    code: 'KQ',
    kind: 'CATEGORY',
    path: 'KQ',
    name: { vi: 'Kết quả', en: 'Results' },
    points: 10,
    maxPoints: 70,
    share: 0.1429,
    notRanked: true,
    notRankedReason: 'nhóm KQ.DV dưới 50%',
  }),
];

const delta: ResultDelta = {
  points: 2.5,
  previousPoints: 31.22,
  previousMaxPoints: 100,
  previousPeriodCode: '2021',
  previousPeriodName: 'Năm 2021',
  previousRank: 7,
  nodes: [
    {
      code: 'SS',
      kind: 'CATEGORY',
      before: 21.22,
      after: 23.72,
      delta: 2.5,
      beforeLevel: 2,
      afterLevel: 3,
      status: 'CHANGED',
    },
    {
      code: 'SS.HT',
      kind: 'GROUP',
      before: 11.68,
      after: 11.18,
      delta: -0.5,
      beforeLevel: null,
      afterLevel: null,
      status: 'CHANGED',
    },
    {
      code: 'SS.01',
      kind: 'CRITERION',
      before: null,
      after: 1.24,
      delta: 1.24,
      beforeLevel: null,
      afterLevel: null,
      status: 'ADDED',
    },
  ],
};

describe('ResultTree', () => {
  it('shows categories > groups > criteria with vi-VN points, shares, levels and the not-ranked reason', () => {
    render(<ResultTree nodes={nodes} delta={null} locale="vi" />);
    const rows = screen.getAllByRole('row').slice(1);
    // Indicators stay out of the tree; the criteria are its leaves.
    expect(rows.map((row) => row.getAttribute('data-code'))).toEqual(['SS', 'SS.HT', 'SS.01', 'KQ']);
    const [category, group, criterion, notRanked] = rows as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(within(category).getByRole('rowheader').textContent).toBe('SS Sẵn sàng');
    expect(
      within(category)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['23,72 / 30,00', '79,07%', 'Mức 3']);
    expect(within(group).getAllByRole('cell')[0]?.textContent).toBe('11,18 / 14,00');
    // Deeper nodes are indented further.
    const indent = (row: HTMLElement) => within(row).getByRole('rowheader').style.paddingInlineStart;
    expect([indent(category), indent(group), indent(criterion)]).toEqual(['0.5rem', '1.75rem', '3rem']);
    expect(within(notRanked).getAllByRole('cell')[2]?.textContent).toBe(
      'Không được xếp hạng — nhóm KQ.DV dưới 50%',
    );
    // No previous period: no change column.
    expect(screen.queryByRole('columnheader', { name: /Thay đổi/ })).toBeNull();
  });

  it('shows the change since the previous period, signed, with level moves', () => {
    render(<ResultTree nodes={nodes} delta={delta} locale="vi" />);
    expect(screen.getByRole('columnheader', { name: 'Thay đổi so với 2021' })).toBeTruthy();
    const change = (code: string) =>
      screen
        .getAllByRole('row')
        .find((row) => row.getAttribute('data-code') === code)
        ?.querySelectorAll('td')[3]?.textContent;
    expect(change('SS')).toBe('+2,50 (Mức 2 → Mức 3)');
    expect(change('SS.HT')).toBe('−0,50');
    expect(change('SS.01')).toBe('mới');
    expect(change('KQ')).toBe('—');
  });

  it('summarises the total, rank and delta in English too', () => {
    render(
      <ResultSummary result={{ points: 33.72, maxPoints: 100, index: 0.3372, rank: 4, delta }} locale="en" />,
    );
    const values = screen.getAllByRole('definition').map((item) => item.textContent);
    expect(values[0]).toBe('33.72 / 100.00');
    expect(values[2]).toBe('4');
    expect(values[3]).toContain('+2.50');
    expect(formatDelta(-1234.5, 'vi')).toBe('−1.234,50');
    expect(formatDelta(0, 'vi')).toBe('0,00');
  });
});
