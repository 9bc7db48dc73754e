import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AppError } from '../graphql/errors.ts';
import { ErrorBanner } from './ErrorBanner.tsx';

const refusal = (code: AppError['code'], vi: string): AppError => ({
  __typename: 'AppError',
  code,
  message: vi,
  messages: { vi, en: 'in English' },
  issues: [],
  jobId: null,
});

describe('ErrorBanner', () => {
  it('offers a reload when the assessment moved on meanwhile (INVALID_TRANSITION), with the server’s message', () => {
    const onReload = vi.fn();
    const text = 'Không thể duyệt phiếu: phiếu đang ở trạng thái "đã duyệt" (chỉ được khi "đã nộp").';
    render(<ErrorBanner error={refusal('INVALID_TRANSITION', text)} onReload={onReload} />);
    expect(screen.getByRole('alert').textContent).toContain(text);
    fireEvent.click(screen.getByRole('button', { name: 'Tải lại' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('offers a reload on a stale revision (CONFLICT), and none for other refusals', () => {
    render(<ErrorBanner error={refusal('CONFLICT', 'Phiên bản cũ')} onReload={() => {}} />);
    expect(screen.getByRole('button', { name: 'Tải lại' })).toBeTruthy();
    render(<ErrorBanner error={refusal('FORBIDDEN', 'Không có quyền')} onReload={() => {}} />);
    expect(screen.getAllByRole('button', { name: 'Tải lại' })).toHaveLength(1);
    expect(screen.getAllByRole('alert')[1]?.textContent).toBe('Không có quyền');
  });
});
