import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { WorkbookReport } from './ImportReport.tsx';

const change = {
  nodeCode: 'SS.01',
  name: { vi: 'Tỷ lệ máy tính', en: 'Share of computers' },
  cells: ['Đơn vị × tiêu chí!D7'],
  before: { vi: '80', en: '80' },
  after: { vi: '77,5', en: '77.5' },
};
const unit = { assessmentId: 'a', unitCode: '06658', unitName: 'Xã Đài Xuyên', sheet: 'x', status: 'DRAFT' };

describe('WorkbookReport', () => {
  beforeEach(() => i18n.changeLanguage('vi'));

  it('lists each unit’s changes, old → new, in the console’s language', () => {
    render(
      <WorkbookReport
        report={{
          applied: false,
          problems: [],
          units: [
            { ...unit, changes: [change] },
            { ...unit, assessmentId: 'b', changes: [] },
          ],
        }}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Kiểm tra xong: 1/2 đơn vị sẽ thay đổi.');
    const row = within(screen.getByRole('table', { name: 'Những gì sẽ thay đổi' })).getAllByRole('row')[1];
    expect(row?.textContent).toContain('Xã Đài XuyênSS.01 Tỷ lệ máy tínhĐơn vị × tiêu chí!D78077,5');
  });

  it('names every problem’s cell and says nothing was saved', () => {
    const problem = {
      code: 'SHARE_OUT_OF_RANGE',
      at: 'Xã A!F12',
      messages: { vi: 'Xã A!F12: SS.01: Tỷ lệ phải từ 0 đến 100', en: 'Xã A!F12: x' },
    };
    render(<WorkbookReport report={{ applied: false, problems: [problem], units: [] }} />);
    const alert = screen.getByRole('alert');
    expect(alert?.textContent).toContain('Tệp có 1 lỗi; chưa lưu gì.');
    expect(alert?.textContent).toContain('Xã A!F12: SS.01: Tỷ lệ phải từ 0 đến 100');
  });
});
