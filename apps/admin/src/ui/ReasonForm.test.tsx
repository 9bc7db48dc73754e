import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ReasonForm } from './ReasonForm.tsx';

const props = () => ({
  title: 'Trả lại phiếu cho đơn vị?',
  label: 'Lý do trả lại',
  confirm: 'Trả lại phiếu',
  onConfirm: vi.fn().mockResolvedValue(true),
  onCancel: vi.fn(),
});

describe('ReasonForm', () => {
  it('does nothing without a reason, then confirms with the reason trimmed', async () => {
    const form = props();
    render(<ReasonForm {...form} />);
    const dialog = screen.getByRole('dialog', { name: 'Trả lại phiếu cho đơn vị?' });
    fireEvent.change(screen.getByLabelText('Lý do trả lại'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Trả lại phiếu' }));
    await waitFor(() => expect(screen.getByText('Hãy ghi lý do.')).toBeTruthy());
    expect(form.onConfirm).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Lý do trả lại').getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(screen.getByLabelText('Lý do trả lại'), { target: { value: ' Thiếu minh chứng ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Trả lại phiếu' }));
    await waitFor(() => expect(form.onConfirm).toHaveBeenCalledWith('Thiếu minh chứng'));
    expect(dialog).toBeTruthy();
  });

  it('cancels without confirming', () => {
    const form = props();
    render(<ReasonForm {...form} />);
    fireEvent.click(screen.getByRole('button', { name: 'Huỷ' }));
    expect(form.onCancel).toHaveBeenCalledOnce();
    expect(form.onConfirm).not.toHaveBeenCalled();
  });
});
