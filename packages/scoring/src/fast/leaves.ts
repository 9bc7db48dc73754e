import { evaluateRule } from '../rules/index.ts';
import { fastMulDiv } from './decimal.ts';
import { type FlatCohort, VALUE } from './inputs.ts';
import { RULE } from './program.ts';

const isAmount = (value: number): boolean => Number.isFinite(value) && value >= 0;

/**
 * One leaf's points in hundredths for every member, into `out[start + member]`: the rule kind is
 * chosen once per column, then a tight loop over the members does exactly what the kind's module
 * (`rules/*.ts`) does for a present value. Missing values and values of the wrong shape score 0.
 * Applicability and overrides are the caller's.
 */
export function scoreLeafColumn(
  cohort: FlatCohort,
  leaf: number,
  best: number,
  out: Float64Array,
  start: number,
): void {
  const { flat, tags, values } = cohort;
  const size = cohort.members.length;
  const max = flat.leafMax[leaf] as number;
  const column = leaf * size;
  // Tags as locals: the loops below compare against constants, not module properties.
  const { NUMBER, TRUE, RATIO, CHOICE } = VALUE;
  switch (flat.leafKind[leaf]) {
    case RULE.yesNo:
      for (let m = 0; m < size; m++) out[start + m] = tags[column + m] === TRUE ? max : 0;
      return;
    case RULE.share:
      for (let m = 0; m < size; m++) {
        const value = values[column + m] as number;
        if (tags[column + m] !== NUMBER || !isAmount(value)) out[start + m] = 0;
        else out[start + m] = value > 100 ? max : fastMulDiv(value, max, 100);
      }
      return;
    case RULE.ratio: {
      const below = (cohort.ratioSlot[leaf] as number) * size;
      const zero = flat.leafParameter[leaf] === 1 ? max : 0;
      for (let m = 0; m < size; m++) {
        const numerator = values[column + m] as number;
        const denominator = cohort.denominators[below + m] as number;
        if (tags[column + m] !== RATIO || !isAmount(numerator) || !isAmount(denominator)) out[start + m] = 0;
        else if (denominator === 0) out[start + m] = zero;
        else out[start + m] = numerator > denominator ? max : fastMulDiv(numerator, max, denominator);
      }
      return;
    }
    case RULE.steps: {
      // Thresholds highest first: the first one reached gives the points.
      const first = flat.entryStart[leaf] as number;
      const end = first + (flat.entryCount[leaf] as number);
      for (let m = 0; m < size; m++) {
        const value = values[column + m] as number;
        let points = 0;
        if (tags[column + m] === NUMBER && Number.isFinite(value)) {
          for (let step = first; step < end; step++) {
            if (value >= (flat.stepMin[step] as number)) {
              points = flat.stepPoints[step] as number;
              break;
            }
          }
        }
        out[start + m] = points;
      }
      return;
    }
    case RULE.cappedCount: {
      const perItem = flat.leafParameter[leaf] as number;
      for (let m = 0; m < size; m++) {
        const value = values[column + m] as number;
        const count = tags[column + m] === NUMBER && Number.isSafeInteger(value) && value >= 0;
        out[start + m] = count ? Math.min(value * perItem, max) : 0;
      }
      return;
    }
    case RULE.choice:
      for (let m = 0; m < size; m++) {
        const option = values[column + m] as number;
        out[start + m] =
          tags[column + m] === CHOICE && option >= 0 ? (flat.optionPoints[option] as number) : 0;
      }
      return;
    case RULE.bestInCohort:
      for (let m = 0; m < size; m++) {
        const value = values[column + m] as number;
        if (tags[column + m] !== NUMBER || !isAmount(value)) out[start + m] = 0;
        // Without a cohort the unit is taken as the best (COHORT_BEST_UNKNOWN).
        else if (Number.isNaN(best)) out[start + m] = value > 0 ? max : 0;
        else if (best === 0) out[start + m] = 0;
        else out[start + m] = value > best ? max : fastMulDiv(value, max, best);
      }
      return;
    case RULE.manual:
      for (let m = 0; m < size; m++) {
        const value = values[column + m] as number;
        const points = Math.round(value * 100);
        // At most two decimals (as `hasAtMostTwoDecimals`), and within the maximum.
        const valid =
          tags[column + m] === NUMBER && isAmount(value) && points / 100 === value && points <= max;
        out[start + m] = valid ? points : 0;
      }
      return;
    default:
      for (let m = 0; m < size; m++) {
        const value = cohort.raw.get(column + m);
        out[start + m] =
          value === undefined
            ? 0
            : evaluateRule(flat.leafRule[leaf] as never, value, {
                max,
                best: Number.isNaN(best) ? undefined : best,
              }).points;
      }
  }
}
