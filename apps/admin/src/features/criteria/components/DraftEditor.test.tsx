import { type Problem, problem } from '@chiso/scoring';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createClient, Provider } from 'urql';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { sampleDocument } from '../../../test/sample-set.ts';
import type { EditableVersion } from '../operations.ts';
import { DraftEditor } from './DraftEditor.tsx';

// No edit is saved in these tests, so the client never sends anything.
const client = createClient({ url: 'http://127.0.0.1:9/graphql', exchanges: [] });

/** A criteria issue as the API's `validation` lists it. */
const at = (path: string, found: Problem) => ({
  path,
  field: found.field ?? null,
  code: found.code,
  messages: found.messages,
});

const draft: EditableVersion = {
  id: 'v1',
  version: '2',
  status: 'DRAFT',
  revision: 3,
  publishedAt: null,
  maxPoints: 40,
  criteriaCount: 7,
  valid: false,
  document: sampleDocument,
  // As the API's `validation` reports them: node paths by code, the field within the node.
  validation: [
    at('SS/SS.CS/SS.03', problem('CHILDREN_SUM_MISMATCH', { maxPoints: 10, sum: 12 }, 'maxPoints')),
    at(
      'SS',
      problem('LEVEL_UNKNOWN_GROUP', { level: 2, group: 'SS.XX' }, 'levels[1].conditions[0].groups[1]'),
    ),
    at('(set)', problem('CATEGORIES_SUM_MISMATCH', { maxPoints: 40, sum: 42 }, 'maxPoints')),
  ],
  basedOn: { id: 'v0', version: '1' },
  set: { id: 's', code: 'sample', name: { vi: 'Bộ mẫu', en: 'Sample set' } },
};

const renderEditor = () =>
  render(
    <Provider value={client}>
      <DraftEditor version={draft} onChanged={() => {}} onReload={() => {}} />
    </Provider>,
  );

const node = (code: string) => document.querySelector(`li[data-code="${code}"]`) as HTMLElement;

describe('DraftEditor', () => {
  beforeEach(() => i18n.changeLanguage('vi'));

  it('shows each validation issue at the node it belongs to, and the set’s own at the top', () => {
    renderEditor();
    const atCriterion = within(node('SS.03')).getByRole('list', { name: 'Lỗi tại SS.03' });
    expect(atCriterion.textContent).toBe('maxPoints Điểm tối đa là 10 nhưng các mục con cộng lại được 12');
    expect(within(node('SS')).getByRole('list', { name: 'Lỗi tại SS' }).textContent).toMatch(
      /levels\[1\].*Mức 2 nhắc đến nhóm "SS.XX"/,
    );
    expect(within(node('SS.01')).queryByRole('list', { name: 'Lỗi tại SS.01' })).toBeNull();
    expect(screen.getByText(/Còn 3 lỗi phải sửa trước khi công bố/).textContent).toMatch(
      /các nhóm chỉ số cộng lại được 42/,
    );
  });

  it('the live preview follows the maximum as it is typed, before it is saved', () => {
    renderEditor();
    const preview = screen.getByRole('region', { name: 'Thử chấm điểm' });
    fireEvent.change(
      within(preview).getByRole('textbox', { name: /Tỉ lệ máy tính có phần mềm diệt virus/ }),
      {
        target: { value: '72' },
      },
    );
    expect(within(preview).getByTestId('points-SS.01').textContent).toBe('7,20 / 10,00');
    fireEvent.click(screen.getByRole('button', { name: 'Sửa SS.01' }));
    fireEvent.change(screen.getByLabelText('Điểm tối đa'), { target: { value: '12,5' } });
    expect(within(preview).getByTestId('points-SS.01').textContent).toBe('9,00 / 12,50');
    // Half-typed and not a number yet: the preview keeps to the saved draft and says so.
    fireEvent.change(screen.getByLabelText('Điểm tối đa'), { target: { value: '12,' } });
    fireEvent.change(screen.getByLabelText('Đại lượng đo (tiếng Việt)'), { target: { value: '' } });
    expect(within(preview).getByTestId('points-SS.01').textContent).toBe('7,20 / 10,00');
    expect(screen.getByText('Giá trị đang nhập chưa hợp lệ: xem trước theo bản đã lưu.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(within(preview).getByTestId('points-SS.01').textContent).toBe('7,20 / 10,00');
  });

  it('levels and the not-ranked reason follow a rule being edited', () => {
    renderEditor();
    const preview = screen.getByRole('region', { name: 'Thử chấm điểm' });
    const level = () => within(preview).getByTestId('level-SS').textContent;
    expect(level()).toMatch(/^Không được xếp hạng — Môi trường chính sách: 0,00\/10,00 điểm/);
    fireEvent.change(
      within(preview).getByRole('textbox', { name: /Tỉ lệ máy tính có phần mềm diệt virus/ }),
      {
        target: { value: '72' },
      },
    );
    fireEvent.change(within(preview).getByRole('textbox', { name: /Đánh giá của Sở/ }), {
      target: { value: '6,52' },
    });
    fireEvent.change(within(preview).getByRole('combobox', { name: /Có Ban chỉ đạo/ }), {
      target: { value: 'yes' },
    });
    // 23,72 of 30: both groups together at 79 % reach Mức 2.
    expect(level()).toBe('Mức 2');
    // SS.01 asked as yes/no instead: the 72 typed no longer answers it, 16,52 of 30 is only Mức 1.
    fireEvent.click(screen.getByRole('button', { name: 'Sửa SS.01' }));
    fireEvent.change(screen.getByLabelText('Loại quy tắc'), { target: { value: 'yesNo' } });
    expect(level()).toBe('Mức 1');
    expect(within(preview).getByTestId('total-points').textContent).toBe('16,52');
  });

  it('moves are keyboard buttons, the first and last of a list only one way', () => {
    renderEditor();
    expect((screen.getByRole('button', { name: 'Chuyển SS.01 lên' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect((screen.getByRole('button', { name: 'Chuyển SS.01 xuống' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
    expect((screen.getByRole('button', { name: 'Chuyển SS.02 xuống' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('asks before publishing and says a published version never changes', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Công bố phiên bản' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Công bố phiên bản 2?' });
    expect(dialog.textContent).toMatch(/sẽ không bao giờ thay đổi/);
    expect(dialog.textContent).toMatch(/còn 3 lỗi/);
    expect(document.activeElement?.textContent).toBe('Hủy');
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement?.textContent).toBe('Công bố, không thể hoàn tác');
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement?.textContent).toBe('Hủy');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
