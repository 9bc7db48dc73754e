import type { Rule, RuleKind } from '@chiso/scoring';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { fromRuleDraft, type RuleDraft, toRuleDraft } from './draft.ts';
import { RuleEditor } from './RuleEditor.tsx';

/** The editor with its own state, reporting the rule JSON it would send after every change. */
function Harness({ rule, sent }: { rule?: Rule; sent: { current: unknown } }) {
  const [draft, setDraft] = useState<RuleDraft>(() => toRuleDraft(rule, 'vi'));
  sent.current = fromRuleDraft(draft, 'vi');
  return <RuleEditor id="r" draft={draft} onChange={setDraft} />;
}

const renderRule = (rule?: Rule) => {
  const sent = { current: undefined as unknown };
  render(<Harness sent={sent} {...(rule ? { rule } : {})} />);
  return sent;
};
const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const chooseKind = (kind: RuleKind) => type('Loại quy tắc', kind);

describe('RuleEditor', () => {
  beforeEach(() => i18n.changeLanguage('vi'));

  it('offers every rule kind by its Vietnamese name', () => {
    renderRule({ kind: 'yesNo' });
    const options = [...(screen.getByLabelText('Loại quy tắc') as HTMLSelectElement).options];
    expect(options.map((option) => option.textContent)).toEqual([
      'Có/Không',
      'Tỉ lệ',
      'Tỉ lệ %',
      'Bậc thang',
      'Đếm (có trần)',
      'Lựa chọn',
      'So với đơn vị cao nhất',
      'Chấm trực tiếp',
    ]);
  });

  it('yesNo: the question is optional and left out when blank', () => {
    const sent = renderRule({ kind: 'yesNo' });
    expect(sent.current).toEqual({ kind: 'yesNo' });
    type('Câu hỏi (tiếng Việt)', 'Có tường lửa không?');
    type('Câu hỏi (tiếng Anh)', 'Is there a firewall?');
    expect(sent.current).toEqual({
      kind: 'yesNo',
      question: { vi: 'Có tường lửa không?', en: 'Is there a firewall?' },
    });
  });

  it('ratio: numerator, denominator and what a zero denominator earns', () => {
    const sent = renderRule({ kind: 'yesNo' });
    chooseKind('ratio');
    type('Tử số (tiếng Việt)', 'văn bản ký số');
    type('Tử số (tiếng Anh)', 'signed');
    type('Mẫu số (tiếng Việt)', 'tổng văn bản');
    type('Mẫu số (tiếng Anh)', 'all');
    type('Khi mẫu số bằng 0', 'full');
    expect(sent.current).toEqual({
      kind: 'ratio',
      numerator: { vi: 'văn bản ký số', en: 'signed' },
      denominator: { vi: 'tổng văn bản', en: 'all' },
      zeroDenominator: 'full',
    });
  });

  it('share and bestInCohort: what is measured', () => {
    const sent = renderRule({ kind: 'share', measure: { vi: 'tỉ lệ máy tính', en: 'computers' } });
    expect((screen.getByLabelText('Đại lượng đo (tiếng Việt)') as HTMLInputElement).value).toBe(
      'tỉ lệ máy tính',
    );
    chooseKind('bestInCohort');
    expect(sent.current).toEqual({
      kind: 'bestInCohort',
      measure: { vi: 'tỉ lệ máy tính', en: 'computers' },
    });
  });

  it('steps: thresholds and points read in Vietnamese, rows added and removed', () => {
    const sent = renderRule({
      kind: 'steps',
      measure: { vi: 'số cuộc họp', en: 'meetings' },
      steps: [{ min: 1, points: 0.5 }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm bậc' }));
    type('Ngưỡng bậc 2', '4');
    type('Điểm bậc 2', '2,5');
    expect(sent.current).toMatchObject({
      steps: [
        { min: 1, points: 0.5 },
        { min: 4, points: 2.5 },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ bậc 1' }));
    expect(sent.current).toMatchObject({ steps: [{ min: 4, points: 2.5 }] });
    // Not a number: sent as typed, so the server says what is wrong with it.
    type('Điểm bậc 1', 'hai');
    expect(sent.current).toMatchObject({ steps: [{ min: 4, points: 'hai' }] });
  });

  it('cappedCount: the item and points per item', () => {
    const sent = renderRule({ kind: 'manual' });
    chooseKind('cappedCount');
    type('Mục được đếm (tiếng Việt)', 'ứng dụng');
    type('Mục được đếm (tiếng Anh)', 'application');
    type('Điểm mỗi mục', '0,25');
    expect(sent.current).toEqual({
      kind: 'cappedCount',
      item: { vi: 'ứng dụng', en: 'application' },
      pointsPerItem: 0.25,
    });
  });

  it('choice: at least two answers, each with a code, a label and points', () => {
    const sent = renderRule({
      kind: 'choice',
      options: [
        { value: 'head', label: { vi: 'Người đứng đầu', en: 'Head' }, points: 2 },
        { value: 'deputy', label: { vi: 'Cấp phó', en: 'Deputy' }, points: 1 },
      ],
    });
    expect((screen.getByRole('button', { name: 'Bỏ phương án 1' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Thêm phương án' }));
    type('Mã phương án 3', 'none');
    type('Tên phương án 3 (tiếng Việt)', 'Không có');
    type('Tên phương án 3 (tiếng Anh)', 'Nobody');
    type('Điểm phương án 3', '0');
    expect((sent.current as { options: unknown[] }).options).toEqual([
      { value: 'head', label: { vi: 'Người đứng đầu', en: 'Head' }, points: 2 },
      { value: 'deputy', label: { vi: 'Cấp phó', en: 'Deputy' }, points: 1 },
      { value: 'none', label: { vi: 'Không có', en: 'Nobody' }, points: 0 },
    ]);
  });

  it('manual: optional guidance; switching kinds keeps what was typed for the others', () => {
    const sent = renderRule({ kind: 'manual' });
    type('Hướng dẫn chấm (tiếng Việt)', 'Theo biên bản kiểm tra');
    chooseKind('share');
    type('Đại lượng đo (tiếng Việt)', 'tỉ lệ');
    chooseKind('manual');
    expect((screen.getByLabelText('Hướng dẫn chấm (tiếng Việt)') as HTMLInputElement).value).toBe(
      'Theo biên bản kiểm tra',
    );
    expect(sent.current).toEqual({ kind: 'manual', guidance: { vi: 'Theo biên bản kiểm tra', en: '' } });
  });

  it('shows the server message under the rule and marks it invalid', () => {
    render(
      <RuleEditor
        id="r"
        draft={toRuleDraft({ kind: 'yesNo' }, 'vi')}
        onChange={() => {}}
        error="Sai quy tắc"
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('Sai quy tắc');
    expect(screen.getByRole('group', { name: 'Cách chấm điểm' }).getAttribute('aria-invalid')).toBe('true');
  });
});
