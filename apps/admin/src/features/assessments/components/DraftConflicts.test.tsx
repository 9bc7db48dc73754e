import { CriteriaSet, scoredNodes } from '@chiso/scoring';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sampleDocument } from '../../../test/sample-set.ts';
import { DraftConflicts } from './DraftConflicts.tsx';

const nodes = scoredNodes(CriteriaSet.parse(sampleDocument));

describe('DraftConflicts', () => {
  it('shows both values of a criterion side by side and lets the person choose', () => {
    const keepMine = vi.fn();
    const takeTheirs = vi.fn();
    render(
      <DraftConflicts
        conflicts={[
          {
            code: 'SS.03',
            mine: { raw: 'yes', explanation: 'Quyết định 12' },
            theirs: { input: false, explanation: null },
          },
          {
            code: 'KQ.01',
            mine: { raw: { numerator: '8', denominator: '10' }, explanation: '' },
            theirs: { input: { numerator: 9, denominator: 10 }, explanation: null },
          },
        ]}
        nodes={nodes}
        onKeepMine={keepMine}
        onTakeTheirs={takeTheirs}
      />,
    );
    expect(screen.getByRole('heading', { name: /2 tiêu chí đã được người khác lưu/ })).toBeTruthy();
    const yesNo = screen.getByTestId('conflict-SS.03');
    expect(
      within(yesNo)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['CóQuyết định 12', 'Không', 'Giữ của tôi Dùng bản trên máy chủ']);
    expect(within(screen.getByTestId('conflict-KQ.01')).getByText('9 / 10')).toBeTruthy();
    fireEvent.click(within(yesNo).getByRole('button', { name: 'Giữ của tôi' }));
    expect(keepMine).toHaveBeenCalledWith('SS.03');
    fireEvent.click(
      within(screen.getByTestId('conflict-KQ.01')).getByRole('button', { name: 'Dùng bản trên máy chủ' }),
    );
    expect(takeTheirs).toHaveBeenCalledWith('KQ.01');
  });
});
