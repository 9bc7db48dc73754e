import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Heatmap, shareColour } from './Heatmap.tsx';

const columns = [
  { code: 'SS', name: { vi: 'Sẵn sàng', en: 'Readiness' }, maxPoints: 60, parentCode: null },
  { code: 'KQ', name: { vi: 'Kết quả', en: 'Results' }, maxPoints: 90, parentCode: null },
];
const rows = [
  {
    unit: { id: 'U1', name: 'Huyện Vân Đồn' },
    rank: 1,
    total: 80,
    shares: [0.8663, null],
    points: [51.98, null],
  },
];

describe('Heatmap', () => {
  it('draws units × nodes with vi-VN shares, grey where missing', () => {
    render(<Heatmap columns={columns} rows={rows} />);
    const cells = screen.getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['87', '—']);
    expect(cells[0]?.getAttribute('title')).toBe('Huyện Vân Đồn · Sẵn sàng: 86,63% (51,98)');
    expect(screen.getByRole('rowheader').textContent).toBe('1. Huyện Vân Đồn');
    expect(shareColour(null)).toBe('#e5e7eb');
    expect(shareColour(1)).toBe('hsl(120 70% 80%)');
  });

  it('shows points in vi-VN when the measure is points, still coloured by the share', () => {
    render(<Heatmap columns={columns} rows={rows} measure="POINTS" />);
    expect(screen.getByRole('table', { name: /điểm của đơn vị/ })).toBeTruthy();
    const cells = screen.getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['51,98', '—']);
  });
});
