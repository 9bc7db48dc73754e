import type { Rule } from '@chiso/scoring';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RawInput } from '../lib/scoring.ts';
import { toInputValue } from '../lib/scoring.ts';
import { RuleInput } from './RuleInput.tsx';

const text = (vi: string, en: string) => ({ vi, en });

function renderInput(rule: Rule, value: RawInput | undefined, error?: string) {
  const onChange = vi.fn();
  render(
    <RuleInput id="x" label="Tiêu chí thử" rule={rule} value={value} onChange={onChange} error={error} />,
  );
  return onChange;
}

describe('RuleInput', () => {
  it('asks yes/no with a labelled select that keeps "not entered"', () => {
    const onChange = renderInput({ kind: 'yesNo' }, '');
    const select = screen.getByRole('combobox', { name: 'Tiêu chí thử' }) as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual(['— Chưa nhập —', 'Có', 'Không']);
    fireEvent.change(select, { target: { value: 'yes' } });
    expect(onChange).toHaveBeenCalledWith('yes');
    expect(toInputValue({ kind: 'yesNo' }, 'yes', 'vi')).toBe(true);
    expect(toInputValue({ kind: 'yesNo' }, '', 'vi')).toBeNull();
  });

  it('takes a ratio as numerator and denominator, each labelled by what it counts', () => {
    const rule: Rule = {
      kind: 'ratio',
      numerator: text('số văn bản ký số', 'signed'),
      denominator: text('tổng số văn bản', 'all'),
      zeroDenominator: 'zero',
    };
    const onChange = renderInput(rule, { numerator: '3', denominator: '' });
    fireEvent.change(screen.getByLabelText('tổng số văn bản'), { target: { value: '4' } });
    expect(onChange).toHaveBeenCalledWith({ numerator: '3', denominator: '4' });
    expect(toInputValue(rule, { numerator: '3', denominator: '4' }, 'vi')).toEqual({
      numerator: 3,
      denominator: 4,
    });
  });

  it('reads Vietnamese decimals in a share and shows its unit', () => {
    const rule: Rule = { kind: 'share', measure: text('tỉ lệ máy tính', 'share') };
    renderInput(rule, '72,5');
    const input = screen.getByRole('textbox', { name: 'Tiêu chí thử: tỉ lệ máy tính' }) as HTMLInputElement;
    expect(input.value).toBe('72,5');
    expect(screen.getByText('%')).toBeTruthy();
    expect(toInputValue(rule, '72,5', 'vi')).toBe(72.5);
    // Not a number: kept as typed, so the scorer and the server can say what is wrong.
    expect(toInputValue(rule, 'abc', 'vi')).toBe('abc');
  });

  it('offers the options of a choice rule', () => {
    const rule: Rule = {
      kind: 'choice',
      options: [
        { value: 'head', label: text('Người đứng đầu', 'Head'), points: 2 },
        { value: 'deputy', label: text('Cấp phó', 'Deputy'), points: 1 },
      ],
    };
    const onChange = renderInput(rule, '');
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'deputy' } });
    expect(onChange).toHaveBeenCalledWith('deputy');
    expect(screen.getByRole('option', { name: 'Cấp phó' })).toBeTruthy();
  });

  it('shows the error next to the field and marks it invalid', () => {
    renderInput(
      { kind: 'cappedCount', item: text('cuộc họp', 'meeting'), pointsPerItem: 0.5 },
      '-1',
      'phải ≥ 0',
    );
    expect(screen.getByRole('alert').textContent).toBe('phải ≥ 0');
    expect(screen.getByRole('textbox').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('cuộc họp')).toBeTruthy();
  });
});
