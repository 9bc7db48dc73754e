import { type Inputs, parseCriteriaSet, score, scoredNodes } from '@chiso/scoring';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sampleDocument } from '../../test/sample-set.ts';
import { ActionBar } from './components/ActionBar.tsx';
import { entryProgress, sectionProgress } from './progress.ts';

const set = parseCriteriaSet(sampleDocument);
const nodes = scoredNodes(set);
// SS.03 asks for evidence; KQ.01, KQ.03, KQ.04 and SS.03 have no value yet.
const inputs: Inputs = { 'SS.01': 80, 'SS.02': 5, 'SS.03': null, 'KQ.02': 3 };
const none = () => 0;

describe('entryProgress', () => {
  it('counts what is entered and lists what the server would refuse, in the form’s order', () => {
    const progress = entryProgress(nodes, inputs, none, {});
    expect(progress).toMatchObject({ entered: 3, total: 7, missingEvidence: 1 });
    expect(progress.missing.map(({ fieldId }) => fieldId)).toEqual([
      'input-SS.03',
      'explanation-SS.03',
      'input-KQ.01',
      'input-KQ.03',
      'input-KQ.04',
    ]);
  });

  it('takes a written explanation or attached evidence instead, and only evidence lowers the count', () => {
    const explained = entryProgress(nodes, inputs, none, { 'SS.03': 'Quyết định đang trình ký' });
    expect(explained.missingEvidence).toBe(1);
    expect(explained.missing.some(({ kind }) => kind === 'explanation')).toBe(false);
    expect(entryProgress(nodes, inputs, () => 0, { 'SS.03': '   ' }).missing).toHaveLength(5);
    const attached = entryProgress(nodes, inputs, (code) => (code === 'SS.03' ? 1 : 0), {});
    expect(attached.missingEvidence).toBe(0);
    expect(attached.missing.map(({ kind }) => kind)).toEqual(['value', 'value', 'value', 'value']);
  });
});

describe('sectionProgress', () => {
  it('counts entered of all per group and category', () => {
    const progress = sectionProgress(set, inputs);
    expect(Object.fromEntries(progress)).toEqual({
      'SS.HT': { entered: 2, total: 2 },
      'SS.CS': { entered: 0, total: 1 },
      SS: { entered: 2, total: 3 },
      'KQ.HD': { entered: 1, total: 4 },
      KQ: { entered: 1, total: 4 },
    });
  });
});

describe('ActionBar', () => {
  const bar = (progress: ReturnType<typeof entryProgress>) => (
    <ActionBar
      result={score(set, inputs)}
      progress={progress}
      editable
      unsaved={2}
      saving={false}
      submitting={false}
      onSave={vi.fn()}
      onSubmit={vi.fn()}
    />
  );

  it('holds Submit back while anything is missing; each missing item moves to its field', () => {
    const progress = entryProgress(nodes, inputs, none, {});
    render(
      <>
        <textarea id="explanation-SS.03" aria-label="Giải trình" />
        {bar(progress)}
      </>,
    );
    expect(screen.getByTestId('entry-progress').textContent).toBe('Đã nhập 3/7, thiếu minh chứng 1');
    expect(screen.getByRole('button', { name: 'Nộp phiếu' })).toHaveProperty('disabled', true);
    expect(screen.getByText('Còn thiếu 5 mục')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Chưa nhập số liệu (4)' })).toBeTruthy();

    const scrolled = vi.fn();
    HTMLElement.prototype.scrollIntoView = scrolled;
    const explanation = screen.getByLabelText('Giải trình');
    const links = screen.getAllByRole('link', { name: /SS\.03 Có Ban chỉ đạo/ });
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#input-SS.03', '#explanation-SS.03']);
    fireEvent.click(links[1] as HTMLElement);
    expect(document.activeElement).toBe(explanation);
    expect(scrolled).toHaveBeenCalledWith({ block: 'center' });
  });

  it('lets the form be submitted once nothing is missing', () => {
    render(bar({ entered: 7, total: 7, missingEvidence: 0, missing: [] }));
    expect(screen.getByRole('button', { name: 'Nộp phiếu' })).toHaveProperty('disabled', false);
    expect(screen.queryByText(/Còn thiếu/)).toBeNull();
  });
});
