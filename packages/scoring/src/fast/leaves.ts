import { evaluateRule } from '../rules/index.ts';
import { fastMulDiv } from './decimal.ts';
import { type FlatCohort, VALUE } from './inputs.ts';
import { RULE } from './program.ts';

const { NUMBER, TRUE, RATIO, CHOICE } = VALUE;
const isAmount = (value: number): boolean => Number.isFinite(value) && value >= 0;

/** Adds one leaf's points for every member of the cohort to `out[start + member]`. */
type ColumnScorer = (
  cohort: FlatCohort,
  leaf: number,
  best: number,
  out: Float64Array,
  start: number,
) => void;

/**
 * Adds one leaf's points in hundredths for every member to `out[start + member]` (its parent's
 * column, or a zeroed scratch column): the rule kind is chosen once per column, then a tight loop
 * (one small function per kind, so each is optimised on its own) does exactly what the kind's module
 * (`rules/*.ts`) does for a present value. Missing values and values of the wrong shape score 0.
 * Applicability, weights and overrides are the caller's.
 */
export function addLeafColumn(
  cohort: FlatCohort,
  leaf: number,
  best: number,
  out: Float64Array,
  start: number,
): void {
  const scorer = SCORERS[cohort.flat.leafKind[leaf] as number] ?? anyKind;
  scorer(cohort, leaf, best, out, start);
}

/** Points per tag for a yes/no leaf: `max` at TRUE, 0 elsewhere (one table, filled per leaf). */
const yesNoPoints = new Float64Array(8);

/**
 * Looks the points up by tag instead of testing it: yes and no are mixed at random along a column,
 * and a branch on them is mispredicted about every other member.
 */
const yesNo: ColumnScorer = ({ flat, tags, members }, leaf, _best, out, start) => {
  yesNoPoints[TRUE] = flat.leafMax[leaf] as number;
  const size = members.length;
  const column = leaf * size;
  for (let m = 0; m < size; m++)
    out[start + m] = (out[start + m] as number) + (yesNoPoints[tags[column + m] as number] as number);
};

const share: ColumnScorer = ({ flat, tags, values, members }, leaf, _best, out, start) => {
  const max = flat.leafMax[leaf] as number;
  const size = members.length;
  const column = leaf * size;
  for (let m = 0; m < size; m++) {
    const value = values[column + m] as number;
    if (tags[column + m] === NUMBER && isAmount(value))
      out[start + m] = (out[start + m] as number) + (value > 100 ? max : fastMulDiv(value, max, 100));
  }
};

const ratio: ColumnScorer = (cohort, leaf, _best, out, start) => {
  const { flat, tags, values, members, denominators } = cohort;
  const max = flat.leafMax[leaf] as number;
  const size = members.length;
  const column = leaf * size;
  const below = (cohort.ratioSlot[leaf] as number) * size;
  const zero = flat.leafParameter[leaf] === 1 ? max : 0;
  for (let m = 0; m < size; m++) {
    const numerator = values[column + m] as number;
    const denominator = denominators[below + m] as number;
    if (tags[column + m] !== RATIO || !isAmount(numerator) || !isAmount(denominator)) continue;
    if (denominator === 0) out[start + m] = (out[start + m] as number) + zero;
    else
      out[start + m] =
        (out[start + m] as number) +
        (numerator > denominator ? max : fastMulDiv(numerator, max, denominator));
  }
};

/** Thresholds highest first: the first one reached gives the points. */
const steps: ColumnScorer = ({ flat, tags, values, members }, leaf, _best, out, start) => {
  const size = members.length;
  const column = leaf * size;
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
    out[start + m] = (out[start + m] as number) + points;
  }
};

const cappedCount: ColumnScorer = ({ flat, tags, values, members }, leaf, _best, out, start) => {
  const max = flat.leafMax[leaf] as number;
  const size = members.length;
  const column = leaf * size;
  const perItem = flat.leafParameter[leaf] as number;
  for (let m = 0; m < size; m++) {
    const value = values[column + m] as number;
    const count = tags[column + m] === NUMBER && Number.isSafeInteger(value) && value >= 0;
    out[start + m] = (out[start + m] as number) + (count ? Math.min(value * perItem, max) : 0);
  }
};

const choice: ColumnScorer = ({ flat, tags, values, members }, leaf, _best, out, start) => {
  const size = members.length;
  const column = leaf * size;
  for (let m = 0; m < size; m++) {
    const option = values[column + m] as number;
    out[start + m] =
      (out[start + m] as number) +
      (tags[column + m] === CHOICE && option >= 0 ? (flat.optionPoints[option] as number) : 0);
  }
};

const bestInCohort: ColumnScorer = ({ flat, tags, values, members }, leaf, best, out, start) => {
  const max = flat.leafMax[leaf] as number;
  const size = members.length;
  const column = leaf * size;
  for (let m = 0; m < size; m++) {
    const value = values[column + m] as number;
    if (tags[column + m] !== NUMBER || !isAmount(value)) continue;
    // Without a cohort the unit is taken as the best (COHORT_BEST_UNKNOWN).
    if (Number.isNaN(best)) out[start + m] = (out[start + m] as number) + (value > 0 ? max : 0);
    else if (best !== 0)
      out[start + m] = (out[start + m] as number) + (value > best ? max : fastMulDiv(value, max, best));
  }
};

const manual: ColumnScorer = ({ flat, tags, values, members }, leaf, _best, out, start) => {
  const max = flat.leafMax[leaf] as number;
  const size = members.length;
  const column = leaf * size;
  for (let m = 0; m < size; m++) {
    const value = values[column + m] as number;
    const points = Math.round(value * 100);
    // At most two decimals (as `hasAtMostTwoDecimals`), and within the maximum.
    const valid = tags[column + m] === NUMBER && isAmount(value) && points / 100 === value && points <= max;
    out[start + m] = (out[start + m] as number) + (valid ? points : 0);
  }
};

/** A kind the loops do not know: its module scores each kept value. */
const anyKind: ColumnScorer = ({ flat, raw, members }, leaf, best, out, start) => {
  const max = flat.leafMax[leaf] as number;
  const size = members.length;
  const column = leaf * size;
  const context = { max, best: Number.isNaN(best) ? undefined : best };
  for (let m = 0; m < size; m++) {
    const value = raw.get(column + m);
    if (value === undefined) continue;
    const { points } = evaluateRule(flat.leafRule[leaf] as never, value, context);
    out[start + m] = (out[start + m] as number) + points;
  }
};

const SCORERS: ColumnScorer[] = [];
SCORERS[RULE.yesNo] = yesNo;
SCORERS[RULE.share] = share;
SCORERS[RULE.ratio] = ratio;
SCORERS[RULE.steps] = steps;
SCORERS[RULE.cappedCount] = cappedCount;
SCORERS[RULE.choice] = choice;
SCORERS[RULE.bestInCohort] = bestInCohort;
SCORERS[RULE.manual] = manual;
