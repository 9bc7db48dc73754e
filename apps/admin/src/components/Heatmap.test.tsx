import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Heatmap, shareColour } from './Heatmap.tsx';

describe('Heatmap', () => {
  it('draws units × nodes with vi-VN shares, grey where missing', () => {
    render(
      <Heatmap
        columns={[
          { code: 'SS', name: { vi: 'Sẵn sàng', en: 'Readiness' }, maxPoints: 60 },
          { code: 'KQ', name: { vi: 'Kết quả', en: 'Results' }, maxPoints: 90 },
        ]}
        rows={[
          {
            unit: { id: 'U1', name: 'Huyện Vân Đồn' },
            rank: 1,
            total: 80,
            shares: [0.8663, null],
            points: [51.98, null],
          },
        ]}
      />,
    );
    const cells = screen.getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['87', '—']);
    expect(cells[0]?.getAttribute('title')).toBe('Huyện Vân Đồn · Sẵn sàng: 86,63%');
    expect(screen.getByRole('rowheader').textContent).toBe('1. Huyện Vân Đồn');
    expect(shareColour(null)).toBe('#e5e7eb');
    expect(shareColour(1)).toBe('hsl(120 70% 80%)');
  });
});
