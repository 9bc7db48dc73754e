import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PublicPeriods, PublicResults } from './feed.ts';
import PublicSite from './PublicSite.tsx';

const period = {
  code: '2021',
  name: 'Năm 2021',
  province: { code: '22', name: 'Tỉnh Quảng Ninh' },
  kind: 'YEAR' as const,
  startsOn: '2021-01-01',
  endsOn: '2021-12-31',
  publishedAt: '2022-03-14T20:00:00.000Z',
};
const group = { code: 'nhom-2', name: { vi: 'Cấp huyện', en: 'Districts' } };
const set = { code: 'huyen', name: { vi: 'Bộ chỉ số cấp huyện', en: 'District index' } };
const periods: PublicPeriods = {
  periods: [
    {
      ...period,
      results: '/public/v1/provinces/22/periods/2021/results.json',
      groups: [{ ...group, sets: [{ ...set, version: '2021', supplements: null, maxPoints: 1000 }] }],
    },
  ],
};
const standing = (points: number, level: number | null) => ({
  code: 'SS',
  points,
  maxPoints: 300,
  level,
  rank: level === null ? null : 1,
  notRanked:
    level === null
      ? [{ code: 'LEVEL_NOT_REACHED', category: 'SS', vi: 'Chưa đạt Mức 1', en: 'Level 1 not reached' }]
      : [],
});
const results: PublicResults = {
  period,
  rankings: [
    {
      group,
      set: { ...set, version: '2021', supplements: null, maxPoints: 1000 },
      categories: [{ code: 'SS', name: { vi: 'Sẵn sàng', en: 'Readiness' }, maxPoints: 300 }],
      units: [
        {
          unit: { code: '203', name: 'Huyện Vân Đồn', kind: 'DISTRICT', type: 'Huyện', parent: null },
          rank: 1,
          points: 1234.5,
          maxPoints: 1500,
          index: 0.823,
          notRanked: [],
          categories: [standing(223.72, 3)],
        },
        {
          unit: { code: '204', name: 'Huyện Ba Chẽ', kind: 'DISTRICT', type: 'Huyện', parent: null },
          rank: null,
          points: 700,
          maxPoints: 1500,
          index: 0.4667,
          notRanked: [{ code: 'NOT_RANKED_IN_CATEGORY', category: 'SS', vi: 'Không…', en: 'Not…' }],
          categories: [standing(20, null)],
        },
      ],
    },
  ],
};

/** The feed as the server answers: the two documents, and a 404 with its own words for anything else. */
function serveFeed() {
  const fetch = vi.fn(async (path: string) => {
    if (path === '/public/v1/periods.json') return Response.json(periods);
    if (path === '/public/v1/provinces/22/periods/2021/results.json?group=nhom-2')
      return Response.json(results);
    return Response.json(
      {
        error: {
          code: 'NOT_FOUND',
          messages: { vi: 'Không có kỳ đánh giá công khai mã "2022".', en: 'No public period…' },
        },
      },
      { status: 404 },
    );
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const open = (path: string) =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/cong-khai/*" element={<PublicSite />} />
      </Routes>
    </MemoryRouter>,
  );

describe('the public pages', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('show a public ranking in Vietnamese from the feed alone, and the feed’s refusal', async () => {
    const fetch = serveFeed();
    const view = open('/cong-khai/22/2021?group=nhom-2');
    const table = await screen.findByRole('table');
    const [ranked, unranked] = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row as HTMLElement);
    // vi-VN numbers: decimal commas, dots between thousands.
    expect(ranked?.textContent).toContain('223,72');
    expect(ranked?.textContent).toContain('Mức 3');
    expect(ranked?.textContent).toContain('1.234,50 / 1.500,00');
    expect(
      within(ranked as HTMLElement)
        .getByRole('link', { name: 'Huyện Vân Đồn' })
        .getAttribute('href'),
    ).toBe('/cong-khai/22/2021/203');
    expect(unranked?.textContent).toContain('Không xếp hạng chung: 1 đơn vị');
    expect(screen.getByRole('button', { name: 'In' })).toBeTruthy();
    // Only the public feed was asked: no session, no GraphQL.
    expect(fetch.mock.calls.every(([path]) => String(path).startsWith('/public/v1/'))).toBe(true);
    view.unmount();

    open('/cong-khai/22/2022');
    expect((await screen.findByRole('alert')).textContent).toBe('Không có kỳ đánh giá công khai mã "2022".');
  });
});
