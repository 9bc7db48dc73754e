import { problem } from '@chiso/scoring';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { CriterionEffortsTable, type EffortNode } from './CriterionEffortsTable.tsx';

const nodes: EffortNode[] = [
  { code: 'SS.05', kind: 'CRITERION', number: 5, name: { vi: 'Họp Ban Chỉ đạo', en: 'Steering meetings' } },
  { code: 'SS.06', kind: 'CRITERION', number: 6, name: { vi: 'Người chủ trì', en: 'Chair' } },
  { code: 'SS.06.a', kind: 'INDICATOR', name: { vi: 'Chủ tịch', en: 'Chairperson' } },
];

const weightOf = (code: string) => screen.getByLabelText(`Mức công sức của ${code}`) as HTMLInputElement;

describe('CriterionEffortsTable', () => {
  beforeEach(() => i18n.changeLanguage('vi'));

  it('shows stored weights the Vietnamese way and saves what is typed as numbers, blanks left out', async () => {
    const onSave = vi.fn().mockResolvedValue({ ok: true, data: {} });
    render(
      <CriterionEffortsTable
        nodes={nodes}
        stored={[{ code: 'SS.06', weight: 2.25 }]}
        locale="vi"
        onSave={onSave}
      />,
    );
    expect(weightOf('SS.06').value).toBe('2,25');
    expect(weightOf('SS.06.a').placeholder).toBe('như tiêu chí');
    fireEvent.change(weightOf('SS.05'), { target: { value: '1,5' } });
    fireEvent.change(weightOf('SS.06'), { target: { value: '' } });
    fireEvent.change(weightOf('SS.06.a'), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu mức công sức' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave).toHaveBeenCalledWith([
      { code: 'SS.05', weight: 1.5 },
      { code: 'SS.06.a', weight: 12 },
    ]);
  });

  it('refuses a weight out of range before sending, and shows the server’s problems by row', async () => {
    const refused = {
      __typename: 'AppError',
      code: 'VALIDATION_FAILED',
      message: 'Invalid input',
      messages: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
      issues: [
        { path: 'efforts.0.code', ...problem('EFFORT_UNKNOWN_CODE', { code: 'SS.05', version: '2022' }) },
      ],
    };
    const onSave = vi.fn().mockResolvedValue({ ok: false, error: refused });
    render(<CriterionEffortsTable nodes={nodes} stored={[]} locale="vi" onSave={onSave} />);
    fireEvent.change(weightOf('SS.05'), { target: { value: '0,001' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu mức công sức' }));
    expect(await screen.findByText(problem('EFFORT_OUT_OF_RANGE').messages.vi)).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.change(weightOf('SS.05'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu mức công sức' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith([{ code: 'SS.05', weight: 3 }]));
    expect(await screen.findByText('SS.05 không phải tiêu chí hay chỉ tiêu của phiên bản 2022')).toBeTruthy();
    expect(weightOf('SS.05').getAttribute('aria-invalid')).toBe('true');
  });
});
