import { z } from 'zod';
import { toHundredths } from '../decimal.ts';
import { formatNumber, formatPoints } from '../format.ts';
import { PointsValue } from '../model/points.ts';
import { LocalizedText } from '../model/text.ts';
import { problem } from '../problems/index.ts';
import { defineRuleKind } from './kind.ts';
import { invalid } from './outcome.ts';
import { checkPointEntries } from './point-entries.ts';

/** The highest threshold the reported value reaches gives its points: 4 meetings a year = 20, 3 = 15… */
export const steps = defineRuleKind({
  kind: 'steps',
  model: z
    .object({
      kind: z.literal('steps'),
      measure: LocalizedText,
      steps: z.array(z.object({ min: z.number().finite(), points: PointsValue }).strict()).min(1),
    })
    .strict(),
  input: z.number(),
  checkInput: (_rule, value) =>
    typeof value === 'number' && Number.isFinite(value) ? undefined : problem('STEPS_NOT_A_NUMBER'),
  evaluate(rule, value) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return invalid(problem('STEPS_NOT_A_NUMBER'));
    let best: number | undefined;
    let points = 0;
    for (const step of rule.steps) {
      if (value >= step.min && (best === undefined || step.min > best)) {
        best = step.min;
        points = toHundredths(step.points);
      }
    }
    return { points };
  },
  /** "số cuộc họp: ≥ 4 → 4,00; ≥ 1 → 1,00", highest threshold first. */
  describe: (rule, locale) =>
    `${rule.measure[locale]}: ${[...rule.steps]
      .sort((a, b) => b.min - a.min)
      .map(
        (step) => `≥ ${formatNumber(step.min, locale)} → ${formatPoints(toHundredths(step.points), locale)}`,
      )
      .join('; ')}`,
  checkRule: (rule, max) => checkPointEntries(rule.steps, (step) => step.min, 'steps', max),
  sample(rule, { level }) {
    const mins = rule.steps.map((step) => step.min).sort((a, b) => a - b);
    return mins[Math.min(mins.length - 1, Math.floor(level * mins.length))] ?? 0;
  },
});
