import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { DistributionTable } from './DistributionTable.tsx';

const distribution = {
  node: { code: 'SS', name: { vi: 'Sẵn sàng', en: 'Readiness' }, maxPoints: 30, parentCode: null },
  min: 4.5,
  q1: 12.25,
  median: 17.8,
  q3: 21.06,
  max: 30,
  mean: 16.4129,
  count: 177,
  atFull: 3,
  atZero: 0,
  notApplicable: 2,
};

const rows = () =>
  within(screen.getByRole('table', { name: /SS/ }))
    .getAllByRole('row')
    .map((row) => row.textContent);

describe('DistributionTable', () => {
  afterEach(() => i18n.changeLanguage('vi'));

  it('shows the five numbers, the mean and the counts in vi-VN', () => {
    render(<DistributionTable distribution={distribution} />);
    expect(screen.getByRole('table', { name: 'Phân bố điểm của SS' })).toBeTruthy();
    expect(rows()).toEqual([
      'Thấp nhất4,50',
      'Tứ phân vị thứ nhất (Q1)12,25',
      'Trung vị17,80',
      'Tứ phân vị thứ ba (Q3)21,06',
      'Cao nhất30,00',
      'Trung bình16,41',
      'Điểm tối đa30,00',
      'Số đơn vị177',
      'Đạt điểm tối đa3 (1,69%)',
      '0 điểm0 (0,00%)',
      'Không áp dụng2',
    ]);
  });

  it('switches to English notation', async () => {
    await i18n.changeLanguage('en');
    render(<DistributionTable distribution={{ ...distribution, notApplicable: 0 }} />);
    expect(rows()).toContain('Median17.80');
    expect(rows()).toContain('At full points3 (1.69%)');
    expect(rows()).not.toContain('Not applicable0');
  });
});
