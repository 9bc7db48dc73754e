import { parseCriteriaSet } from '@chiso/scoring';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { sampleDocument } from '../../../test/sample-set.ts';
import { EditorTree } from './EditorTree.tsx';
import { versionConflict as conflict } from './server-errors.fixture.ts';
import type { DraftActions } from './useDraftEditor.ts';

const set = parseCriteriaSet(sampleDocument);

function renderTree(actions: Partial<DraftActions>) {
  const onError = vi.fn();
  const onNotice = vi.fn();
  render(
    <EditorTree
      set={set}
      issues={new Map()}
      actions={actions as DraftActions}
      onPending={() => {}}
      onNotice={onNotice}
      onError={onError}
      onReload={() => {}}
    />,
  );
  return { onError, onNotice };
}

describe('EditorTree', () => {
  beforeEach(() => i18n.changeLanguage('vi'));
  afterEach(() => vi.restoreAllMocks());

  it('moves a node among its siblings by its position, under its parent', async () => {
    const moveNode = vi.fn().mockResolvedValue({ ok: true, data: {} });
    const { onNotice, onError } = renderTree({ moveNode });
    fireEvent.click(screen.getByRole('button', { name: 'Chuyển SS.01 xuống' }));
    await waitFor(() => expect(onNotice).toHaveBeenCalledWith('Đã chuyển SS.01.'));
    expect(moveNode).toHaveBeenCalledWith('SS.01', 'SS.HT', 1);
    expect(onError).toHaveBeenLastCalledWith(null);
    fireEvent.click(screen.getByRole('button', { name: 'Chuyển SS.CS lên' }));
    await waitFor(() => expect(moveNode).toHaveBeenCalledWith('SS.CS', 'SS', 0));
  });

  it('hands a failed move or removal to the editor, which has no form to show it in', async () => {
    const removeNode = vi.fn().mockResolvedValue({ ok: false, error: conflict });
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { onError } = renderTree({ removeNode });
    fireEvent.click(screen.getByRole('button', { name: 'Xóa KQ.02' }));
    await waitFor(() => expect(onError).toHaveBeenCalledWith(conflict));
    expect(window.confirm).toHaveBeenCalledWith('Xóa KQ.02 (Họp trực tuyến) và mọi thứ bên trong?');
  });

  it('adds a criterion that already parses, with a starter rule of the chosen kind', async () => {
    const addNode = vi.fn().mockResolvedValue({ ok: true, data: {} });
    renderTree({ addNode });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm tiêu chí vào SS.CS' }));
    expect((screen.getByLabelText('Mã') as HTMLInputElement).value).toBe('SS.CS.02');
    fireEvent.change(screen.getByLabelText('Tên (tiếng Việt)'), { target: { value: 'Quy chế ký số' } });
    fireEvent.change(screen.getByLabelText('Tên (tiếng Anh)'), { target: { value: 'Signing rules' } });
    fireEvent.change(screen.getByLabelText('Điểm tối đa'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Loại quy tắc'), { target: { value: 'choice' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm' }));
    await waitFor(() => expect(addNode).toHaveBeenCalled());
    expect(addNode).toHaveBeenCalledWith('SS.CS', {
      code: 'SS.CS.02',
      name: { vi: 'Quy chế ký số', en: 'Signing rules' },
      maxPoints: 2,
      rule: {
        kind: 'choice',
        options: [
          { value: 'head', label: { vi: 'Người đứng đầu', en: 'The head' }, points: 2 },
          { value: 'deputy', label: { vi: 'Cấp phó', en: 'A deputy' }, points: 1 },
        ],
      },
      evidence: { required: false },
    });
  });

  it('keeps at least one child where the model needs one', () => {
    renderTree({});
    expect((screen.getByRole('button', { name: 'Xóa SS.03' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Xóa SS.01' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
