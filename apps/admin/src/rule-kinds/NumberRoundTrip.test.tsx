import type { Inputs, Rule } from '@chiso/scoring';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useCallback, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { useLocale } from '../lib/locale.ts';
import { type RawInput, relocaliseRaws, toInputs, toRawInput } from '../lib/scoring.ts';
import { useLocaleSwitch } from '../lib/useLocaleSwitch.ts';
import { RuleInput } from './RuleInput.tsx';

const text = (vi: string, en: string) => ({ vi, en });
const nodes: Array<{ code: string; rule: Rule }> = [
  { code: 'count', rule: { kind: 'cappedCount', item: text('văn bản', 'document'), pointsPerItem: 0.01 } },
  { code: 'points', rule: { kind: 'manual' } },
  {
    code: 'ratio',
    rule: {
      kind: 'ratio',
      numerator: text('tử số', 'top'),
      denominator: text('mẫu số', 'bottom'),
      zeroDenominator: 'zero',
    },
  },
];

/** As the entry page holds it: typed text, a save that stores values and shows them again from the store. */
function Sheet({ stored }: { stored: { current: Inputs } }) {
  const locale = useLocale();
  const [raws, setRaws] = useState<Record<string, RawInput>>({});
  useLocaleSwitch(
    locale,
    useCallback((from, to) => setRaws((old) => relocaliseRaws(nodes, old, from, to)), []),
  );
  const save = () => {
    stored.current = toInputs(nodes, raws, locale);
    setRaws(
      Object.fromEntries(
        nodes.map(({ code, rule }) => [code, toRawInput(rule, stored.current[code], locale)]),
      ),
    );
  };
  return (
    <>
      {nodes.map(({ code, rule }) => (
        <RuleInput
          key={code}
          id={code}
          label={code}
          rule={rule}
          value={raws[code]}
          onChange={(value) => setRaws((old) => ({ ...old, [code]: value }))}
        />
      ))}
      <button type="button" onClick={save}>
        save
      </button>
    </>
  );
}

const box = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.change(box(name), { target: { value } });

describe('numbers typed the Vietnamese way', () => {
  afterEach(() => i18n.changeLanguage('vi'));

  it('come back exactly as typed after a save, and follow a language switch with the same values', async () => {
    await i18n.changeLanguage('vi');
    const stored = { current: {} as Inputs };
    render(<Sheet stored={stored} />);
    type('count: số lượng', '1.234');
    type('points: điểm tự chấm', '0,75');
    type('tử số', '1.500');
    type('mẫu số', '2.000,5');
    fireEvent.click(screen.getByRole('button', { name: 'save' }));

    expect(stored.current).toEqual({
      count: 1234,
      points: 0.75,
      ratio: { numerator: 1500, denominator: 2000.5 },
    });
    expect(box('count: số lượng').value).toBe('1.234');
    expect(box('points: điểm tự chấm').value).toBe('0,75');
    expect(box('mẫu số').value).toBe('2.000,5');

    await act(() => i18n.changeLanguage('en'));
    expect(box('count: count').value).toBe('1,234');
    expect(box('points: points given').value).toBe('0.75');
    expect(box('bottom').value).toBe('2,000.5');
    fireEvent.click(screen.getByRole('button', { name: 'save' }));
    expect(stored.current).toEqual({
      count: 1234,
      points: 0.75,
      ratio: { numerator: 1500, denominator: 2000.5 },
    });
  });
});
