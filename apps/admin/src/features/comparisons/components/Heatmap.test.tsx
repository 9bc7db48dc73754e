import { fireEvent, render, screen } from '@testing-library/react';
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
    // The tooltip is written when the pointer reaches the cell, with the figures drawn now.
    expect(cells[0]?.getAttribute('title')).toBeNull();
    fireEvent.pointerOver(cells[0] as HTMLElement);
    expect(cells[0]?.getAttribute('title')).toBe('Huyện Vân Đồn · Sẵn sàng: 86,63% (51,98)');
    fireEvent.pointerOver(cells[1] as HTMLElement);
    expect(cells[1]?.getAttribute('title')).toBe('Huyện Vân Đồn · Kết quả: — (—)');
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

  it('describes a cell with the figures it shows now, after new figures for the same unit', () => {
    const { rerender } = render(<Heatmap columns={columns} rows={rows} />);
    const cell = screen.getAllByRole('cell')[0] as HTMLElement;
    fireEvent.pointerOver(cell);
    rerender(
      <Heatmap
        columns={columns}
        rows={[{ ...rows[0], shares: [0.5, null], points: [30, null] } as (typeof rows)[0]]}
      />,
    );
    const same = screen.getAllByRole('cell')[0] as HTMLElement;
    expect(same).toBe(cell);
    fireEvent.pointerOver(same);
    expect(same.getAttribute('title')).toBe('Huyện Vân Đồn · Sẵn sàng: 50,00% (30,00)');
  });
});
