import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { RankingEntry } from '../operations.ts';
import { RankingTable } from './RankingTable.tsx';

const categories = [
  { code: 'SS', name: { vi: 'Sẵn sàng', en: 'Readiness' } },
  { code: 'KQ', name: { vi: 'Kết quả', en: 'Results' } },
];

const levelNotReached = { code: 'LEVEL_NOT_REACHED' as const, message: 'Nhóm Hạ tầng dưới mức tối thiểu' };

/** Not ranked in readiness (level null) → no rank by total either: the method's rule. */
function entry(place: number, name: string, readiness: number, level: number | null): RankingEntry {
  return {
    assessmentId: `A${place}`,
    rank: level === null ? null : place,
    points: readiness + 40,
    maxPoints: 90,
    index: (readiness + 40) / 90,
    band: null,
    notRankedReasons:
      level === null
        ? [{ code: 'NOT_RANKED_IN_CATEGORY', message: 'Không được xếp hạng ở hạng mục Sẵn sàng' }]
        : [],
    unit: { id: `U${place}`, name, type: 'XA', parentName: 'Huyện Hải Hà' },
    categories: [
      {
        code: 'SS',
        points: readiness,
        maxPoints: 30,
        level,
        rank: level === null ? null : place,
        notRanked: level === null,
        notRankedReasons: level === null ? [levelNotReached] : [],
      },
      { code: 'KQ', points: 40, maxPoints: 60, level: 4, rank: 1, notRanked: false, notRankedReasons: [] },
    ],
  };
}

// Code-point order would put "Ái" after "Dực" and "Đồng" last; Vietnamese readers put Ái first.
const entries = [
  entry(1, 'Xã Đồng Tâm', 25.11, 4),
  entry(2, 'Xã Dực Yên', 23.33, 3),
  entry(3, 'Xã Ái Quốc', 22.5, 1),
  entry(4, 'Xã Bình Dân', 21.68, null),
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

  it('lists units not ranked in every category after the ranked ones, without a rank', () => {
    const table = renderRanking();
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Hạng'),
      expect.stringMatching(/^1Xã Đồng Tâm/),
      expect.stringMatching(/^2Xã Dực Yên/),
      expect.stringMatching(/^3Xã Ái Quốc/),
      'Không xếp hạng chung: 1 đơn vị không được xếp hạng đủ các hạng mục',
      expect.stringMatching(/^Không xếp hạngXã Bình Dân/),
    ]);
    const place = within(rows[5] as HTMLElement).getByText('Không xếp hạng');
    expect(place.getAttribute('title')).toBe('Không được xếp hạng ở hạng mục Sẵn sàng');
    // Sorting reorders within each list: the unranked one stays after the ranked ones.
    const byPoints = within(table).getByRole('button', { name: 'Tổng điểm' });
    fireEvent.click(byPoints); // most points first
    fireEvent.click(byPoints); // fewest first
    expect(unitNames(table)).toEqual(['Xã Ái Quốc', 'Xã Dực Yên', 'Xã Đồng Tâm', 'Xã Bình Dân']);
  });

  it('sorts unit names in Vietnamese order', () => {
    const table = renderRanking();
    expect(unitNames(table)).toEqual(['Xã Đồng Tâm', 'Xã Dực Yên', 'Xã Ái Quốc', 'Xã Bình Dân']);
    fireEvent.click(within(table).getByRole('button', { name: 'Đơn vị' }));
    // Bình Dân is not ranked overall: it stays after the ranked units, whatever the order.
    expect(unitNames(table)).toEqual(['Xã Ái Quốc', 'Xã Dực Yên', 'Xã Đồng Tâm', 'Xã Bình Dân']);
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
