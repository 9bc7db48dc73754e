import { parseCriteriaSet, problem } from '@chiso/scoring';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { sampleDocument } from '../../../test/sample-set.ts';
import { LevelRulesEditor } from './LevelRulesEditor.tsx';
import { issueAt, structural } from './server-errors.fixture.ts';

const readiness = parseCriteriaSet(sampleDocument).categories[0] as ReturnType<
  typeof parseCriteriaSet
>['categories'][0];

function renderEditor(onSave = vi.fn().mockResolvedValue({ ok: true, data: {} })) {
  const onDone = vi.fn();
  render(
    <LevelRulesEditor
      categoryCode="SS"
      groups={readiness.groups}
      levels={readiness.levels}
      onSave={onSave}
      onDone={onDone}
    />,
  );
  return { onSave, onDone };
}

describe('LevelRulesEditor', () => {
  beforeEach(() => i18n.changeLanguage('vi'));

  it('shows each level with its conditions, by group name', () => {
    renderEditor();
    const level1 = screen.getByRole('group', { name: 'Mức 1' });
    expect((within(level1).getByLabelText('Loại điều kiện 1 của mức 1') as HTMLSelectElement).value).toBe(
      'groupShare',
    );
    const group = within(level1).getByLabelText('Nhóm của điều kiện 1 (mức 1)') as HTMLSelectElement;
    expect(group.selectedOptions[0]?.textContent).toBe('Môi trường chính sách');
    const level2 = screen.getByRole('group', { name: 'Mức 2' });
    const combined = within(level2).getByRole('group', { name: 'Các nhóm gộp của điều kiện 1 (mức 2)' });
    expect((within(combined).getByLabelText('Hạ tầng') as HTMLInputElement).checked).toBe(true);
    expect((within(combined).getByLabelText('Môi trường chính sách') as HTMLInputElement).checked).toBe(true);
  });

  it('edits thresholds, adds a level with points and a condition, and saves the conjunctions', async () => {
    const { onSave, onDone } = renderEditor();
    fireEvent.change(screen.getByLabelText('Tỉ lệ tối thiểu (%), điều kiện 1 (mức 1)'), {
      target: { value: '55,5' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm mức' }));
    const level3 = screen.getByRole('group', { name: 'Mức 3' });
    fireEvent.change(within(level3).getByLabelText('Loại điều kiện 1 của mức 3'), {
      target: { value: 'groupPoints' },
    });
    fireEvent.change(within(level3).getByLabelText('Nhóm của điều kiện 1 (mức 3)'), {
      target: { value: 'SS.HT' },
    });
    fireEvent.change(within(level3).getByLabelText('Điểm tối thiểu, điều kiện 1 (mức 3)'), {
      target: { value: '15' },
    });
    fireEvent.click(within(level3).getByRole('button', { name: 'Thêm điều kiện cho mức 3' }));
    fireEvent.change(within(level3).getByLabelText('Tỉ lệ tối thiểu (%), điều kiện 2 (mức 3)'), {
      target: { value: '80' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu quy tắc xếp mức' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(onSave).toHaveBeenCalledWith([
      { level: 1, conditions: [{ kind: 'groupShare', group: 'SS.CS', minPercent: 55.5 }] },
      { level: 2, conditions: [{ kind: 'combinedShare', groups: ['SS.HT', 'SS.CS'], minPercent: 70 }] },
      {
        level: 3,
        conditions: [
          { kind: 'groupPoints', group: 'SS.HT', min: 15 },
          { kind: 'groupShare', group: 'SS.HT', minPercent: 80 },
        ],
      },
    ]);
  });

  it('shows the server message next to the levels and keeps them as typed', async () => {
    // A check only the server makes: it knows the groups' maxima.
    const unreachable = { level: 1, min: 99, group: 'SS.CS', groupMax: 10 };
    const error = structural([
      issueAt('SS', problem('LEVEL_GROUP_POINTS_UNREACHABLE', unreachable, 'levels[0].conditions[0]')),
    ]);
    const onSave = vi.fn().mockResolvedValue({ ok: false, error });
    const { onDone } = renderEditor(onSave);
    const level1 = screen.getByRole('group', { name: 'Mức 1' });
    fireEvent.change(within(level1).getByLabelText('Loại điều kiện 1 của mức 1'), {
      target: { value: 'groupPoints' },
    });
    const threshold = screen.getByLabelText('Điểm tối thiểu, điều kiện 1 (mức 1)') as HTMLInputElement;
    fireEvent.change(threshold, { target: { value: '99' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu quy tắc xếp mức' }));
    const alert = await screen.findByRole('alert');
    expect(onSave).toHaveBeenCalled();
    expect(alert.textContent).toMatch(/Mức 1 đòi 99 điểm ở nhóm "SS.CS"/);
    expect(threshold.value).toBe('99');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('holds the levels to the criteria model before sending, in the words the server would use', async () => {
    const { onSave } = renderEditor();
    const threshold = screen.getByLabelText('Tỉ lệ tối thiểu (%), điều kiện 1 (mức 1)') as HTMLInputElement;
    fireEvent.change(threshold, { target: { value: '120' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu quy tắc xếp mức' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Dữ liệu không hợp lệ: levels[0].conditions[0].minPercent: Phải không quá 100',
    );
    expect(onSave).not.toHaveBeenCalled();
    expect(threshold.value).toBe('120');
  });

  it('removes a condition and a level', async () => {
    const { onSave } = renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ mức 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu quy tắc xếp mức' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]?.[0]).toEqual([
      { level: 2, conditions: [{ kind: 'combinedShare', groups: ['SS.HT', 'SS.CS'], minPercent: 70 }] },
    ]);
  });
});
