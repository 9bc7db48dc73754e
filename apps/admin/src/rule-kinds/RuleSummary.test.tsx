import type { Rule } from '@chiso/scoring';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { RuleSummary } from './RuleSummary.tsx';

const text = (vi: string, en: string) => ({ vi, en });
const summary = (rule: Rule, max: number) =>
  render(<RuleSummary rule={rule} max={max} />).container.textContent;

describe('RuleSummary', () => {
  afterEach(() => i18n.changeLanguage('vi'));

  it('names the kind and the maximum, then how the value becomes points', async () => {
    await i18n.changeLanguage('vi');
    const steps: Rule = {
      kind: 'steps',
      measure: text('số cuộc họp', 'meetings'),
      steps: [
        { min: 1, points: 1 },
        { min: 4, points: 4 },
      ],
    };
    expect(summary(steps, 4)).toBe('Bậc thang tối đa 4,00 điểm · số cuộc họp: ≥ 4 → 4,00; ≥ 1 → 1,00');
    const count: Rule = { kind: 'cappedCount', item: text('ứng dụng', 'application'), pointsPerItem: 0.5 };
    expect(summary(count, 2)).toContain('· 0,50 điểm mỗi ứng dụng');
  });

  it('speaks English with English numbers', async () => {
    await i18n.changeLanguage('en');
    const count: Rule = { kind: 'cappedCount', item: text('ứng dụng', 'application'), pointsPerItem: 0.5 };
    expect(summary(count, 2)).toContain('· 0.50 points per application');
    expect(summary({ kind: 'yesNo' }, 1)).not.toContain('·');
  });
});
