import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LevelLiftersTable } from './LevelLifters.tsx';

const lifter = (code: string, number: number, units: string[]) => ({
  code,
  number,
  categoryCode: 'SS',
  name: { vi: `Tiêu chí ${number}`, en: `Criterion ${number}` },
  units: units.length,
  unitNames: units,
});

describe('level lifters', () => {
  it('names each criterion, how many units it lifts, and the first few of them', () => {
    const names = ['Xã An', 'Xã Bình', 'Xã Cường', 'Xã Dũng', 'Xã Đông', 'Xã Hải', 'Xã Lâm'];
    render(
      <LevelLiftersTable
        lifters={[lifter('SS.27', 27, names), lifter('SS.12', 12, ['Xã An'])]}
        locale="vi"
      />,
    );
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('SS 27 — Tiêu chí 27');
    expect(rows[1]?.textContent).toContain('Xã An, Xã Bình, Xã Cường, Xã Dũng, Xã Đông và 2 đơn vị khác');
    expect(within(rows[1] as HTMLElement).getAllByRole('cell')[1]?.textContent).toBe('7');
    expect(rows[2]?.textContent).toContain('Xã An');
  });

  it('says so when no single criterion lifts a unit', () => {
    render(<LevelLiftersTable lifters={[]} locale="vi" />);
    expect(screen.getByText('Không tiêu chí nào một mình đưa được đơn vị lên mức trên.').tagName).toBe('P');
  });
});
