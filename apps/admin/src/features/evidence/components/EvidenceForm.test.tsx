import { problem } from '@chiso/scoring';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EvidenceForm } from './EvidenceForm.tsx';
import { EvidenceList } from './EvidenceList.tsx';

describe('EvidenceForm', () => {
  it('attaches a link and shows the server message at the field, keeping what was typed', async () => {
    const onAttach = vi.fn().mockResolvedValue({
      __typename: 'AppError',
      code: 'VALIDATION_FAILED',
      message: 'Sai địa chỉ',
      messages: { vi: 'Sai địa chỉ', en: 'Bad address' },
      issues: [{ path: 'url', ...problem('WEB_ADDRESS_FORMAT') }],
    });
    render(<EvidenceForm nodeCode="SS.01" onAttach={onAttach} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Liên kết' }));
    fireEvent.change(screen.getByLabelText('Trích yếu'), { target: { value: 'Quyết định 12' } });
    fireEvent.change(screen.getByLabelText('Địa chỉ liên kết'), { target: { value: 'ftp://x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đính kèm' }));
    await waitFor(() =>
      expect(screen.getByText(/^Địa chỉ web bắt đầu bằng http:\/\/ hoặc https:\/\//)).toBeTruthy(),
    );
    expect(onAttach).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Quyết định 12', url: 'ftp://x' }),
      'link',
    );
    expect((screen.getByLabelText('Địa chỉ liên kết') as HTMLInputElement).value).toBe('ftp://x');
    expect(screen.getByLabelText('Địa chỉ liên kết').getAttribute('aria-invalid')).toBe('true');
  });

  it('takes the issue date as dd/mm/yyyy and sends the ISO day; an impossible day blocks attaching', async () => {
    const onAttach = vi.fn().mockResolvedValue(null);
    render(<EvidenceForm nodeCode="SS.01" onAttach={onAttach} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Liên kết' }));
    fireEvent.change(screen.getByLabelText('Trích yếu'), { target: { value: 'Quyết định 12' } });
    fireEvent.change(screen.getByLabelText('Địa chỉ liên kết'), { target: { value: 'https://x.vn' } });
    const issuedOn = screen.getByLabelText('Ngày ban hành');
    fireEvent.change(issuedOn, { target: { value: '31/02/2022' } });
    expect(screen.getByText(/Ngày không hợp lệ/)).toBeTruthy();
    const attach = screen.getByRole('button', { name: 'Đính kèm' }) as HTMLButtonElement;
    expect(attach.disabled).toBe(true);
    fireEvent.change(issuedOn, { target: { value: '16.11.2022' } });
    fireEvent.click(attach);
    await waitFor(() =>
      expect(onAttach).toHaveBeenCalledWith(expect.objectContaining({ issuedOn: '2022-11-16' }), 'link'),
    );
  });

  it('cannot attach a file before one is chosen', () => {
    render(<EvidenceForm nodeCode="SS.01" onAttach={vi.fn()} />);
    fireEvent.change(screen.getByLabelText('Trích yếu'), { target: { value: 'Báo cáo' } });
    expect((screen.getByRole('button', { name: 'Đính kèm' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('EvidenceList', () => {
  it('lists files with a download, dates in vi-VN, and removes by a labelled button', () => {
    const onRemove = vi.fn();
    const item = {
      id: 'E1',
      nodeCode: 'SS.01',
      title: 'Báo cáo',
      documentNumber: '123/QĐ-UBND',
      issuedOn: '2022-11-16',
      url: null,
      fileName: 'bao-cao.pdf',
      contentType: 'application/pdf',
      size: 10,
      downloadUrl: '/evidence/E1/file',
      createdAt: '2022-11-16T08:00:00.000Z',
    };
    render(<EvidenceList items={[item]} onRemove={onRemove} preview />);
    expect(screen.getByText(/16\/11\/2022/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tải về bao-cao.pdf' }).getAttribute('href')).toBe(
      '/evidence/E1/file',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(screen.getByTitle('Báo cáo')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gỡ minh chứng Báo cáo' }));
    expect(onRemove).toHaveBeenCalledWith(item);
  });
});
