import { problem } from '@chiso/scoring';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppError } from '../../../graphql/errors.ts';
import type { Outcome } from '../../../graphql/useAction.ts';
import { i18n } from '../../../i18n/index.ts';
import { sampleDocument } from '../../../test/sample-set.ts';
import { issueAt, versionConflict } from '../../criteria/components/server-errors.fixture.ts';
import type { MappingNode, StoredMapping } from '../operations.ts';
import { CodeMappingForm } from './CodeMappingForm.tsx';

type Doc = { code: string; name: { vi: string; en: string } } & Record<string, unknown>;
const LISTS = [
  ['categories', 'CATEGORY'],
  ['groups', 'GROUP'],
  ['criteria', 'CRITERION'],
  ['indicators', 'INDICATOR'],
] as const;

/** The nodes of a document as `CriteriaVersion.nodes` lists them: document order, path of codes. */
function nodesOf(document: unknown, depth = 0, parent = ''): MappingNode[] {
  const [list, kind] = LISTS[depth] ?? [];
  const children = (list ? (document as Record<string, Doc[] | undefined>)[list] : undefined) ?? [];
  return children.flatMap((child) => {
    const path = parent ? `${parent}/${child.code}` : child.code;
    return [
      { code: child.code, kind, path, name: child.name } as MappingNode,
      ...nodesOf(child, depth + 1, path),
    ];
  });
}

// The draft renamed SS.02 to SS.05 and dropped KQ.04.
const older = { version: '1', nodes: nodesOf(sampleDocument) };
const draft = older.nodes
  .filter((node) => node.code !== 'KQ.04')
  .map((node) =>
    node.code === 'SS.02'
      ? {
          ...node,
          code: 'SS.05',
          path: 'SS/SS.HT/SS.05',
          name: { vi: 'Đánh giá của Sở (mới)', en: 'Review (new)' },
        }
      : node,
  );

// As apps/api/src/services/criteria/code-mapping.ts words a refused mapping.
const refused = (issues: AppError['issues']): AppError => {
  const list = (locale: 'vi' | 'en') => issues.map((issue) => issue.messages[locale]).join('; ');
  return {
    __typename: 'AppError',
    code: 'VALIDATION_FAILED',
    message: `Bảng đối chiếu mã có ${issues.length} lỗi: ${list('vi')}`,
    messages: {
      vi: `Bảng đối chiếu mã có ${issues.length} lỗi: ${list('vi')}`,
      en: `The code mapping has ${issues.length} problem(s): ${list('en')}`,
    },
    issues,
    jobId: null,
  };
};

function renderForm(onSave: () => Promise<Outcome<unknown>>, stored?: StoredMapping, onReload = () => {}) {
  render(<CodeMappingForm older={older} draft={draft} stored={stored} onSave={onSave} onReload={onReload} />);
}

const needed = () => screen.getByRole('table', { name: 'Mã của phiên bản 1 không còn trong bản nháp' });
const counterpart = (code: string) => screen.getByLabelText(`Tương ứng của ${code}`) as HTMLSelectElement;
const row = (code: string) => document.querySelector(`tr[data-from="${code}"]`) as HTMLElement;
/** A row's stored counterpart (its cells: old node, stored, counterpart, actions). */
const storedOf = (code: string) => within(row(code)).getAllByRole('cell')[1]?.textContent;
const newNodes = () => screen.getByRole('list', { name: /Mục mới của bản nháp/ });

describe('CodeMappingForm', () => {
  beforeEach(() => i18n.changeLanguage('vi'));

  it('asks about exactly the old codes the draft lacks, offering draft nodes of the same kind', () => {
    renderForm(vi.fn());
    const rows = within(needed()).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-from'))).toEqual(['SS.02', 'KQ.04']);
    const options = [...counterpart('SS.02').options].map((option) => option.value);
    expect(options).toEqual(['', '∅', 'SS.01', 'SS.05', 'SS.03', 'KQ.01', 'KQ.02', 'KQ.03']);
    expect(counterpart('SS.02').value).toBe('');
    expect(
      within(newNodes())
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['SS.05 Đánh giá của Sở (mới) (Tiêu chí)']);
  });

  it('sends each decision and a merge added by hand, and says when it is saved', async () => {
    const onSave = vi.fn().mockResolvedValue({ ok: true, data: {} });
    renderForm(onSave);
    fireEvent.change(counterpart('SS.02'), { target: { value: 'SS.05' } });
    fireEvent.change(counterpart('KQ.04'), { target: { value: '∅' } });
    expect(screen.getByText('Mọi mục của bản nháp đều có mã cũ tương ứng.')).toBeTruthy();
    // KQ.03 merged into KQ.01: its points are summed there in comparisons.
    fireEvent.click(screen.getByRole('button', { name: 'Thêm mục đối chiếu' }));
    fireEvent.change(screen.getByLabelText('Mã cũ của mục 3'), { target: { value: 'KQ.03' } });
    fireEvent.change(counterpart('KQ.03'), { target: { value: 'KQ.01' } });
    expect(within(newNodes()).getByText('KQ.03')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bảng đối chiếu' }));
    expect(await screen.findByText('Đã lưu bảng đối chiếu từ phiên bản 1.')).toBeTruthy();
    expect(onSave).toHaveBeenCalledWith([
      { from: 'SS.02', to: 'SS.05' },
      { from: 'KQ.04', to: null },
      { from: 'KQ.03', to: 'KQ.01' },
    ]);
  });

  it('starts from the stored mapping and shows it beside each row', () => {
    renderForm(vi.fn(), {
      fromVersionId: 'v1',
      entries: [
        { from: 'SS.02', to: 'SS.05' },
        { from: 'SS.03', to: null },
      ],
    });
    expect(counterpart('SS.02').value).toBe('SS.05');
    expect(counterpart('KQ.04').value).toBe('');
    const extra = screen.getByRole('table', { name: 'Mục thêm cho mã cũ còn trong bản nháp' });
    expect(within(extra).getByLabelText('Mã cũ của mục 3')).toHaveProperty('value', 'SS.03');
    expect(counterpart('SS.03').value).toBe('∅');
    expect(storedOf('SS.02')).toBe('SS.05');
    expect(storedOf('SS.03')).toBe('không có tương ứng');
    expect(storedOf('KQ.04')).toBe('—');
  });

  it('shows a refused entry beside its row, in the console’s language, with every choice kept', async () => {
    const onSave = vi.fn().mockResolvedValue({
      ok: false,
      error: refused([
        issueAt('codes.to.SS.05', problem('MAPPING_UNKNOWN_TO', { code: 'SS.05' })),
        issueAt('codes.from.KQ.04', problem('MAPPING_KIND_DIFFERS', { code: 'KQ.04' })),
      ]),
    });
    renderForm(onSave);
    fireEvent.change(counterpart('SS.02'), { target: { value: 'SS.05' } });
    fireEvent.change(counterpart('KQ.04'), { target: { value: 'KQ.01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bảng đối chiếu' }));
    const message = await screen.findByText('SS.05 không có trong bản nháp này');
    expect(counterpart('SS.02').getAttribute('aria-describedby')).toBe(message.id);
    expect(counterpart('SS.02').getAttribute('aria-invalid')).toBe('true');
    expect(within(row('KQ.04')).getByRole('alert').textContent).toBe(
      'KQ.04 được đối chiếu với một mục khác loại (tiêu chí phải ứng với tiêu chí)',
    );
    expect(within(row('SS.02')).getByRole('alert')).toBe(message);
    expect(counterpart('SS.02').value).toBe('SS.05');
    expect(counterpart('KQ.04').value).toBe('KQ.01');
    expect(screen.queryByText('Đã lưu bảng đối chiếu từ phiên bản 1.')).toBeNull();

    await i18n.changeLanguage('en');
    expect(screen.getByText('SS.05 is not a node of this draft')).toBeTruthy();
  });

  it('says a stale revision in the editor’s words, with a way to reload', async () => {
    const onReload = vi.fn();
    renderForm(vi.fn().mockResolvedValue({ ok: false, error: versionConflict }), undefined, onReload);
    fireEvent.change(counterpart('SS.02'), { target: { value: 'SS.05' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bảng đối chiếu' }));
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toMatch(/^Bản nháp đã được người khác sửa\./);
    fireEvent.click(within(banner).getByRole('button'));
    await waitFor(() => expect(onReload).toHaveBeenCalled());
    expect(counterpart('SS.02').value).toBe('SS.05');
  });
});
