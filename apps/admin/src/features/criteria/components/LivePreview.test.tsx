import { parseCriteriaSet } from '@chiso/scoring';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { sampleDocument } from '../../../test/sample-set.ts';
import { LivePreview } from './LivePreview.tsx';

const set = parseCriteriaSet(sampleDocument);
const total = () => screen.getByTestId('total-points').textContent;

describe('LivePreview', () => {
  beforeEach(() => i18n.changeLanguage('vi'));

  it('recomputes points, levels and the not-ranked reason as values are typed', () => {
    render(<LivePreview set={set} />);
    expect(total()).toBe('0,00');
    expect(screen.getByTestId('level-SS').textContent).toMatch(
      /^Không được xếp hạng — Môi trường chính sách: 0,00\/10,00 điểm/,
    );

    fireEvent.change(screen.getByRole('textbox', { name: /Tỉ lệ máy tính có phần mềm diệt virus/ }), {
      target: { value: '72' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Đánh giá của Sở/ }), { target: { value: '6,52' } });
    expect(total()).toBe('13,72');
    expect(screen.getByTestId('points-SS.01').textContent).toBe('7,20 / 10,00');

    fireEvent.change(screen.getByRole('combobox', { name: /Có Ban chỉ đạo/ }), { target: { value: 'yes' } });
    expect(total()).toBe('23,72');
    // 23,72 of 30 readiness points is 79 %: Mức 2 needs 70 % of both groups together.
    expect(screen.getByTestId('level-SS').textContent).toBe('Mức 2');
    const summary = screen.getByRole('region', { name: 'Điểm tạm tính' });
    expect(within(summary).getByText(/\(59,30\s?%\)/)).toBeTruthy();
  });

  it('scores ratio, count, choice and steps inputs and flags invalid values', () => {
    render(<LivePreview set={set} />);
    fireEvent.change(screen.getByLabelText('số văn bản ký số'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('tổng số văn bản'), { target: { value: '4' } });
    expect(screen.getByTestId('points-KQ.01').textContent).toBe('3,00 / 4,00');
    fireEvent.change(screen.getByRole('textbox', { name: /Họp trực tuyến/ }), { target: { value: '9' } });
    expect(screen.getByTestId('points-KQ.02').textContent).toBe('2,00 / 2,00');
    fireEvent.change(screen.getByRole('combobox', { name: 'Người chủ trì' }), {
      target: { value: 'deputy' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Số cuộc họp Ban chỉ đạo/ }), {
      target: { value: '3' },
    });
    expect(total()).toBe('6,50');
    fireEvent.change(screen.getByRole('textbox', { name: /Số cuộc họp Ban chỉ đạo/ }), {
      target: { value: 'ba' },
    });
    // The same words as the server's refusal (STEPS_NOT_A_NUMBER), before anything is saved.
    expect(screen.getByRole('alert').textContent).toBe('Giá trị phải là một số');
    expect(total()).toBe('6,00');
  });

  it('speaks English with English number formats', async () => {
    await i18n.changeLanguage('en');
    render(<LivePreview set={set} />);
    fireEvent.change(screen.getByRole('textbox', { name: /Department assessment/ }), {
      target: { value: '6.52' },
    });
    expect(total()).toBe('6.52');
    expect(screen.getByTestId('level-SS').textContent).toMatch(/^Not ranked — Policy environment/);
  });
});
