import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import type { PeriodComparison, UnitDelta } from '../operations.ts';
import { PeriodDeltas } from './PeriodDeltas.tsx';

const unit = (name: string, delta: Partial<UnitDelta>): UnitDelta => ({
  unit: { id: name, name },
  status: 'BOTH',
  before: null,
  after: null,
  delta: null,
  rankBefore: null,
  rankAfter: null,
  nodesBefore: [null, null],
  nodesAfter: [null, null],
  nodeDeltas: [null, null],
  partial: false,
  incomplete: false,
  predecessors: [],
  ...delta,
});

// Two versions of a commune set: HT kept, NL new; DA (earlier) has no counterpart.
const comparison: PeriodComparison = {
  fromPeriodCode: '2021',
  toPeriodCode: '2022',
  fromVersion: '2017',
  toVersion: '2022',
  codeMappingUsed: true,
  rule: 'MEAN',
  columns: [
    { code: 'SS.HT', name: { vi: 'Hạ tầng', en: 'Infrastructure' }, maxPoints: 10, parentCode: null },
    { code: 'SS.NL', name: { vi: 'Nhân lực', en: 'Human resources' }, maxPoints: 8, parentCode: null },
  ],
  removedNodes: [{ code: 'SS.DA', name: { vi: 'Dự án', en: 'Projects' }, maxPoints: 2, parentCode: null }],
  addedNodes: [
    { code: 'SS.NL', name: { vi: 'Nhân lực', en: 'Human resources' }, maxPoints: 8, parentCode: null },
  ],
  remappedNodes: [],
  units: [
    unit('Xã Hồng Thái Tây', {
      before: 20.5,
      after: 23.72,
      delta: 3.22,
      rankBefore: 4,
      rankAfter: 1,
      nodesBefore: [6, null],
      nodesAfter: [7.25, 5],
      nodeDeltas: [1.25, null],
    }),
    unit('Xã Bình Dân', { before: 30, after: 27.5, delta: -2.5, nodeDeltas: [-2.5, null] }),
    unit('Phường Hà Phong', {
      status: 'MERGED',
      before: 18,
      after: 19,
      delta: 1,
      incomplete: true,
      predecessors: [
        { unit: { id: 'a', name: 'Xã Hà Tu' }, partial: false, points: 18 },
        { unit: { id: 'b', name: 'Xã Hà Trung' }, partial: false, points: null },
      ],
    }),
    unit('Xã Đông Xá', {
      status: 'SPLIT',
      before: 25,
      after: 21,
      delta: -4,
      partial: true,
      predecessors: [{ unit: { id: 'c', name: 'Xã Đông Xá cũ' }, partial: true, points: 25 }],
    }),
    unit('Xã Vạn Yên', { status: 'ADDED', after: 15 }),
  ],
};

const rowOf = (name: string) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;

describe('PeriodDeltas', () => {
  beforeEach(() => i18n.changeLanguage('vi'));

  it('shows each unit’s change in vi-VN with its lineage, split and incomplete pasts flagged', () => {
    render(<PeriodDeltas comparison={comparison} codes={null} />);
    const table = screen.getByRole('table', { name: 'Thay đổi từ 2021 đến 2022' });
    const header = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(header).toEqual([
      'Đơn vị',
      'Nguồn gốc',
      '2021',
      '2022',
      'Thay đổi',
      'Thứ hạng',
      'Δ SS.HT',
      'Δ SS.NLmới',
    ]);
    const cells = (name: string) =>
      within(rowOf(name))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells('Xã Hồng Thái Tây')).toEqual([
      'Có ở cả hai kỳ',
      '20,50',
      '23,72',
      '+3,22',
      '4 → 1',
      '+1,25',
      '—',
    ]);
    expect(cells('Xã Bình Dân').slice(3)).toEqual(['−2,50', '– → –', '−2,50', '—']);
    expect(cells('Phường Hà Phong')[0]).toBe(
      'Sáp nhập⚠ thiếu số liệu kỳ trướcTừ: Xã Hà Tu (18,00); Xã Hà Trung (—)',
    );
    expect(cells('Xã Đông Xá')[0]).toMatch(
      /^Chia tách⚠ chia tách một phầnTừ: Xã Đông Xá cũ \(25,00, một phần\)/,
    );
    expect(cells('Xã Vạn Yên').slice(0, 4)).toEqual(['Mới (không có kỳ trước)', '—', '15,00', '—']);
    // Nodes without a counterpart across the versions are listed.
    expect(screen.getByText(/Mục chỉ có ở kỳ trước/).textContent).toMatch(/SS\.DA Dự án/);
    expect(screen.getByText(/Mục mới ở kỳ sau/).textContent).toMatch(/SS\.NL Nhân lực/);
    expect(screen.getByText(/2017 → 2022/).textContent).toMatch(/bảng ánh xạ mã/);
    const counts = within(screen.getByRole('list', { name: 'Số đơn vị theo nguồn gốc' }));
    expect(counts.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Có ở cả hai kỳ: 2',
      'Sáp nhập: 1',
      'Chia tách: 1',
      'Mới (không có kỳ trước): 1',
    ]);
  });

  it('sorts risers first, fallers first or by name, units without a change last', () => {
    render(<PeriodDeltas comparison={comparison} codes={null} />);
    const order = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(order()).toEqual([
      'Xã Hồng Thái Tây',
      'Phường Hà Phong',
      'Xã Bình Dân',
      'Xã Đông Xá',
      'Xã Vạn Yên',
    ]);
    fireEvent.change(screen.getByLabelText('Sắp xếp'), { target: { value: 'fallers' } });
    expect(order()).toEqual([
      'Xã Đông Xá',
      'Xã Bình Dân',
      'Phường Hà Phong',
      'Xã Hồng Thái Tây',
      'Xã Vạn Yên',
    ]);
  });

  it('keeps only the chosen nodes as columns, with their own deltas', () => {
    render(<PeriodDeltas comparison={comparison} codes={['SS.NL']} />);
    expect(screen.queryByRole('columnheader', { name: 'Δ SS.HT' })).toBeNull();
    expect(within(rowOf('Xã Hồng Thái Tây')).getAllByRole('cell').at(-1)?.textContent).toBe('—');
    expect(within(rowOf('Xã Hồng Thái Tây')).getAllByRole('cell').at(-1)?.getAttribute('title')).toBe(
      'Xã Hồng Thái Tây · Nhân lực: — → 5,00',
    );
  });
});
