import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createClient, fetchExchange, Provider } from 'urql';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { ImportOfficers } from './ImportOfficers.tsx';

type Variables = { input: { content: string; dryRun: boolean } };

/** The API, answering each import with what `answer` gives for its variables. */
function apiAnswering(answer: (variables: Variables) => unknown) {
  const sent: Variables[] = [];
  const client = createClient({
    url: 'http://127.0.0.1:9/graphql',
    exchanges: [fetchExchange],
    fetch: async (_url, init) => {
      const { variables } = JSON.parse(String(init?.body)) as { variables: Variables };
      sent.push(variables);
      return new Response(JSON.stringify({ data: { importUnitOfficers: answer(variables) } }), {
        headers: { 'content-type': 'application/json' },
      });
    },
  });
  return { client, sent };
}

const account = (password: string | null) => ({
  rows: [2, 4],
  email: 'a@chiso.test',
  name: 'Trần Văn A',
  unitNames: ['Xã Đài Xuyên', 'Xã Bình Dân'],
  temporaryPassword: password,
  userId: password ? 'VXNlcjox' : null,
});

const choose = (text: string) =>
  fireEvent.change(screen.getByLabelText('Tệp danh sách'), {
    target: { files: [new File([text], 'can-bo.csv', { type: 'text/csv' })] },
  });

describe('ImportOfficers', () => {
  beforeEach(() => i18n.changeLanguage('vi'));

  it('checks the sheet first, then creates every account and shows the passwords once', async () => {
    const { client, sent } = apiAnswering(({ input }) => ({
      __typename: 'ImportUnitOfficersPayload',
      data: { dryRun: input.dryRun, accounts: [account(input.dryRun ? null : 'abcde-fghjk-mnpqr')] },
    }));
    const onCreated = vi.fn();
    render(
      <Provider value={client}>
        <ImportOfficers onCreated={onCreated} />
      </Provider>,
    );
    choose('06658,Trần Văn A,a@chiso.test');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Kiểm tra tệp' })).toHaveProperty('disabled', false),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    await screen.findByText('1 tài khoản sẽ được tạo:');
    expect(sent[0]?.input.dryRun).toBe(true);
    expect(Buffer.from(sent[0]?.input.content ?? '', 'base64').toString('utf8')).toBe(
      '06658,Trần Văn A,a@chiso.test',
    );
    expect(onCreated).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Tạo 1 tài khoản' }));
    await screen.findByText('Đã tạo 1 tài khoản. Mật khẩu tạm chỉ hiện một lần này:');
    expect(sent[1]?.input.dryRun).toBe(false);
    const row = screen.getAllByRole('row')[1] as HTMLElement;
    expect(within(row).getByText('2, 4')).toBeTruthy();
    expect(within(row).getByText('Xã Đài Xuyên; Xã Bình Dân')).toBeTruthy();
    expect(within(row).getByText('abcde-fghjk-mnpqr')).toBeTruthy();
    const download = screen.getByRole('link', { name: 'Tải danh sách mật khẩu tạm (CSV)' });
    expect(decodeURIComponent(download.getAttribute('href') ?? '')).toContain(
      '"a@chiso.test","Trần Văn A","Xã Đài Xuyên; Xã Bình Dân","abcde-fghjk-mnpqr"',
    );
    expect(onCreated).toHaveBeenCalledOnce();
  });

  it('lists every row’s problem in Vietnamese and offers nothing to create', async () => {
    const { client } = apiAnswering(() => ({
      __typename: 'AppError',
      code: 'VALIDATION_FAILED',
      message: 'Tệp có 2 lỗi; chưa tạo tài khoản nào.',
      messages: {
        vi: 'Tệp có 2 lỗi; chưa tạo tài khoản nào.',
        en: 'The file has 2 problems; no account was created.',
      },
      issues: [
        {
          path: 'rows.3.unitCode',
          message: 'Row 3: no current unit has the code 99999.',
          code: 'UNIT_NOT_FOUND',
          messages: { vi: 'Dòng 3: không có đơn vị đang hoạt động mã 99999.', en: 'Row 3: …' },
        },
        {
          path: 'rows.4.email',
          message: 'Row 4: "x" is not a valid email.',
          code: 'INVALID_EMAIL',
          messages: { vi: 'Dòng 4: "x" không phải là email hợp lệ.', en: 'Row 4: …' },
        },
      ],
    }));
    render(
      <Provider value={client}>
        <ImportOfficers onCreated={vi.fn()} />
      </Provider>,
    );
    choose('99999,A,a@chiso.test');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Kiểm tra tệp' })).toHaveProperty('disabled', false),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Tệp có 2 lỗi; chưa tạo tài khoản nào.');
    expect(screen.getByText('Dòng 3: không có đơn vị đang hoạt động mã 99999.')).toBeTruthy();
    expect(screen.getByText('Dòng 4: "x" không phải là email hợp lệ.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Tạo \d+ tài khoản/ })).toBeNull();
  });
});
