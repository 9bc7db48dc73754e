import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { RankingEntry } from '../operations.ts';
import { RankingTable } from './RankingTable.tsx';

const categories = [
  { code: 'SS', name: { vi: 'Sẵn sàng', en: 'Readiness' } },
  { code: 'KQ', name: { vi: 'Kết quả', en: 'Results' } },
];

function entry(rank: number, name: string, readiness: number, level: number | null): RankingEntry {
  return {
    assessmentId: `A${rank}`,
    rank,
    points: readiness + 40,
    maxPoints: 90,
    index: (readiness + 40) / 90,
    band: null,
    notRankedCode: null,
    notRankedReason: null,
    unit: { id: `U${rank}`, name, type: 'XA', parentName: 'Huyện Hải Hà' },
    categories: [
      {
        code: 'SS',
        points: readiness,
        maxPoints: 30,
        level,
        notRanked: level === null,
        notRankedReason: level === null ? 'Nhóm Hạ tầng dưới mức tối thiểu' : null,
      },
      { code: 'KQ', points: 40, maxPoints: 60, level: 4, notRanked: false, notRankedReason: null },
    ],
  };
}

// Code-point order would put "Ái" after "Dực" and "Đồng" last; Vietnamese readers put Ái first.
const entries = [
  entry(1, 'Xã Đồng Tâm', 25.11, 4),
  entry(2, 'Xã Dực Yên', 23.33, 3),
  entry(3, 'Xã Ái Quốc', 22.5, null),
  entry(4, 'Xã Bình Dân', 21.68, 1),
];

function Opened() {
  return <p>opened {useParams().assessmentId}</p>;
}

function renderRanking() {
  render(
    <MemoryRouter initialEntries={['/results']}>
      <Routes>
        <Route path="/results" element={<RankingTable entries={entries} categories={categories} />} />
        <Route path="/results/:assessmentId" element={<Opened />} />
      </Routes>
    </MemoryRouter>,
  );
  return screen.getByRole('table', { name: '4 đơn vị' });
}

const unitNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('RankingTable', () => {
  it('shows each category’s points in vi-VN with its level or why it is not ranked', () => {
    const table = renderRanking();
    const first = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(
      within(first)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', 'Xã Đồng Tâm', '25,11Mức 4', '40,00Mức 4', '65,11 / 90,00', '72,34%']);
    const notRanked = within(table).getByText('Không được xếp hạng');
    expect(notRanked.getAttribute('title')).toBe('Nhóm Hạ tầng dưới mức tối thiểu');
  });

  it('says why a unit that did not submit has no rank', () => {
    const late: RankingEntry = {
      ...entry(5, 'Xã Quảng Long', 0, null),
      rank: null,
      points: 0,
      notRankedCode: 'NOT_SUBMITTED',
      notRankedReason: 'Không nộp báo cáo',
      categories: [],
    };
    render(
      <MemoryRouter>
        <RankingTable entries={[late]} categories={categories} />
      </MemoryRouter>,
    );
    const row = within(screen.getByRole('table')).getAllByRole('row')[1] as HTMLElement;
    expect(within(row).getAllByRole('cell')[0]?.textContent).toBe('Không nộp báo cáo');
  });

  it('sorts unit names in Vietnamese order', () => {
    const table = renderRanking();
    expect(unitNames(table)).toEqual(['Xã Đồng Tâm', 'Xã Dực Yên', 'Xã Ái Quốc', 'Xã Bình Dân']);
    fireEvent.click(within(table).getByRole('button', { name: 'Đơn vị' }));
    expect(unitNames(table)).toEqual(['Xã Ái Quốc', 'Xã Bình Dân', 'Xã Dực Yên', 'Xã Đồng Tâm']);
    expect(
      within(table)
        .getByRole('columnheader', { name: /Đơn vị/ })
        .getAttribute('aria-sort'),
    ).toBe('ascending');
  });

  it('opens a unit’s result inside the console, and leaves a modified click to the browser', () => {
    const table = renderRanking();
    const link = within(table).getByRole('link', { name: 'Xã Ái Quốc' });
    expect(link.getAttribute('href')).toBe('/results/A3');
    // Ctrl-click opens a new tab in a browser: not prevented (jsdom then says it cannot navigate), the
    // console stays where it is.
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(screen.queryByText(/^opened/)).toBeNull();
    expect(fireEvent.click(link)).toBe(false);
    expect(screen.getByText('opened A3')).toBeTruthy();
  });
});
