import { parseCriteriaSet, problem } from '@chiso/scoring';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Outcome } from '../../../graphql/useAction.ts';
import { i18n } from '../../../i18n/index.ts';
import { sampleDocument } from '../../../test/sample-set.ts';
import { NodeForm } from './NodeForm.tsx';
import { invalidInput, issueAt, structural, versionConflict } from './server-errors.fixture.ts';

const set = parseCriteriaSet(sampleDocument);
const criterion = set.categories[0]?.groups[0]?.criteria[0] as NonNullable<
  (typeof set.categories)[0]['groups'][0]['criteria'][0]
>;

// As the API answers updateCriteriaNode(patch: {maxPoints: 1.255}).
const tooManyDecimals = invalidInput([issueAt('patch.maxPoints', problem('POINTS_TWO_DECIMALS'))]);

function renderForm(
  onSave: (patch: Record<string, unknown>) => Promise<Outcome<unknown>>,
  extra: { onDone?: () => void; onReload?: () => void } = {},
) {
  const onPending = vi.fn();
  render(
    <NodeForm
      kind="criterion"
      node={criterion as never}
      onSave={onSave}
      onDone={extra.onDone ?? (() => {})}
      onPending={onPending}
      onReload={extra.onReload}
    />,
  );
  return onPending;
}

const maxField = () => screen.getByLabelText('Điểm tối đa') as HTMLInputElement;

describe('NodeForm', () => {
  beforeEach(() => i18n.changeLanguage('vi'));

  it('sends the fields typed, reading Vietnamese decimals, and closes when saved', async () => {
    const onSave = vi.fn().mockResolvedValue({ ok: true, data: {} });
    const onDone = vi.fn();
    const onPending = renderForm(onSave, { onDone });
    fireEvent.change(maxField(), { target: { value: '12,5' } });
    expect(onPending).toHaveBeenLastCalledWith(expect.objectContaining({ maxPoints: 12.5 }));
    fireEvent.change(screen.getByLabelText('Đại lượng đo (tiếng Việt)'), {
      target: { value: 'tỉ lệ có diệt virus' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(onSave).toHaveBeenCalledWith({
      name: 'Tỉ lệ máy tính có phần mềm diệt virus',
      nameEn: 'Computers with antivirus',
      maxPoints: 12.5,
      number: 1,
      rule: { kind: 'share', measure: { vi: 'tỉ lệ có diệt virus', en: 'share of computers' } },
      evidence: { required: false },
    });
  });

  it('shows the server message in Vietnamese beside the field and keeps what was typed', async () => {
    const onSave = vi.fn().mockResolvedValue({ ok: false, error: tooManyDecimals });
    const onDone = vi.fn();
    renderForm(onSave, { onDone });
    // A value the form lets through (the server is the one that refuses here).
    fireEvent.change(maxField(), { target: { value: '1,25' } });
    fireEvent.change(screen.getByLabelText('Tên (tiếng Việt)'), { target: { value: 'Tên mới' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    const message = await screen.findByText('Điểm có tối đa hai chữ số thập phân');
    expect(onSave).toHaveBeenCalled();
    expect(maxField().getAttribute('aria-describedby')).toBe(message.id);
    expect(maxField().getAttribute('aria-invalid')).toBe('true');
    expect(maxField().value).toBe('1,25');
    expect((screen.getByLabelText('Tên (tiếng Việt)') as HTMLInputElement).value).toBe('Tên mới');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('speaks English when the console does', async () => {
    await i18n.changeLanguage('en');
    const onSave = vi.fn().mockResolvedValue({ ok: false, error: tooManyDecimals });
    renderForm(onSave);
    fireEvent.change(screen.getByLabelText('Maximum points'), { target: { value: '1.25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('points have at most two decimal places')).toBeTruthy();
  });

  it('puts a rule error from the criteria model under the rule', async () => {
    const error = structural([
      issueAt('SS/SS.HT/SS.01', problem('TEXT_EMPTY', undefined, 'rule.measure.vi')),
    ]);
    renderForm(vi.fn().mockResolvedValue({ ok: false, error }));
    fireEvent.change(screen.getByLabelText('Đại lượng đo (tiếng Việt)'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    const rule = screen.getByRole('group', { name: 'Cách chấm điểm' });
    await waitFor(() => expect(rule.getAttribute('aria-invalid')).toBe('true'));
    expect(rule.textContent).toMatch(/rule\.measure\.vi: Chưa nhập nội dung/);
  });

  it('checks numbers before sending: text cannot go as a Float', async () => {
    const onSave = vi.fn();
    renderForm(onSave);
    fireEvent.change(maxField(), { target: { value: 'mười' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Hãy nhập một số, ví dụ 1,5.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    expect(maxField().value).toBe('mười');
  });

  it('holds numbers to the criteria model before sending, in the words the server would use', async () => {
    const onSave = vi.fn();
    renderForm(onSave);
    fireEvent.change(maxField(), { target: { value: '1,255' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    const message = await screen.findByText('Dữ liệu không hợp lệ: Điểm có tối đa hai chữ số thập phân');
    expect(maxField().getAttribute('aria-describedby')).toBe(message.id);
    expect(onSave).not.toHaveBeenCalled();
    expect(maxField().value).toBe('1,255');
  });

  it('says reload on CONFLICT and keeps the form', async () => {
    const onReload = vi.fn();
    renderForm(vi.fn().mockResolvedValue({ ok: false, error: versionConflict }), { onReload });
    fireEvent.change(maxField(), { target: { value: '9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Bản nháp đã được người khác sửa\..*Hãy tải lại/);
    fireEvent.click(screen.getByRole('button', { name: 'Tải lại' }));
    expect(onReload).toHaveBeenCalled();
    expect(maxField().value).toBe('9');
  });

  it('says reload on CONFLICT in English too', async () => {
    await i18n.changeLanguage('en');
    renderForm(vi.fn().mockResolvedValue({ ok: false, error: versionConflict }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Someone else changed this draft\..*Reload to see the latest draft/,
    );
  });
});
