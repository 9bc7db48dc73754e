import type { CohortMember } from '../aggregate.ts';
import type { CriteriaSet } from '../model/index.ts';
import { externalReasons } from '../not-ranked.ts';
import { bestKind, compileFlat, type FlatSet, RULE, scoringKind } from './program.ts';

/** What a member reported for a leaf, as the rule kinds tell values apart. */
export const VALUE = {
  MISSING: 0,
  /** Any number (NaN and infinities too: the rules refuse them). */
  NUMBER: 1,
  TRUE: 2,
  FALSE: 3,
  /** { numerator, denominator }: numerator in `values`, denominator in `denominators`. */
  RATIO: 4,
  /** A choice node's answer: the index of the first option it names in `values`, −1 for none. */
  CHOICE: 5,
  /** Anything else (a string where a number belongs…): every built-in rule scores it 0. */
  OTHER: 6,
} as const;

/**
 * A cohort's inputs laid out once for a compiled set, one column per leaf ([leaf × size + member]):
 * a tag and a number, ratio denominators beside them ([slot × size + member]), overrides as a sparse
 * list per member. Scoring it again reads only these arrays.
 */
export interface FlatCohort {
  flat: FlatSet;
  members: readonly CohortMember[];
  tags: Uint8Array;
  values: Float64Array;
  /** Per ratio leaf (its slot in `ratioSlot`): [slot × size + member]. */
  denominators: Float64Array;
  ratioSlot: Int32Array;
  ratioCount: number;
  /** Per member: its kind for applicability, and for counting towards the cohort's best. */
  scoringKind: Uint8Array;
  bestKind: Uint8Array;
  /** Overrides of leaf l are entries [overrideStart[l], overrideStart[l + 1]), by member. */
  overrideStart: Int32Array;
  overrideMember: Int32Array;
  overridePoints: Float64Array;
  /** 1 where a caller gave a reason not to rank the member (it then has no rank anywhere). */
  external: Uint8Array;
  /** Values of leaves whose rule kind the tight loop does not know, by [leaf × size + member]. */
  raw: Map<number, unknown>;
}

export function encodeCohort(set: CriteriaSet, members: readonly CohortMember[]): FlatCohort {
  const flat = compileFlat(set);
  const size = members.length;
  const { leafCount } = flat;
  const leafByCode = new Map(flat.leafCode.map((code, leaf) => [code, leaf]));
  const ratioSlot = new Int32Array(leafCount).fill(-1);
  let ratioCount = 0;
  for (let leaf = 0; leaf < leafCount; leaf++)
    if (flat.leafKind[leaf] === RULE.ratio) ratioSlot[leaf] = ratioCount++;
  const tags = new Uint8Array(size * leafCount);
  const values = new Float64Array(size * leafCount);
  const denominators = new Float64Array(size * ratioCount);
  const raw = new Map<number, unknown>();
  const overrides: Array<{ leaf: number; member: number; points: number }> = [];
  const external = new Uint8Array(size);
  const scoringKinds = new Uint8Array(size);
  const bestKinds = new Uint8Array(size);
  members.forEach((member, m) => {
    scoringKinds[m] = scoringKind(flat, member.unitKind);
    bestKinds[m] = bestKind(flat, member.unitKind);
    external[m] = member.notRanked && externalReasons(member.notRanked).length > 0 ? 1 : 0;
    for (const code in member.inputs) {
      const leaf = leafByCode.get(code);
      if (leaf === undefined) continue;
      const value = member.inputs[code];
      if (value === undefined || value === null) continue;
      const at = leaf * size + m;
      if (flat.leafKind[leaf] === RULE.OTHER) raw.set(at, value);
      encode(flat, tags, values, at, leaf, value, (denominator) => {
        denominators[(ratioSlot[leaf] as number) * size + m] = denominator;
      });
    }
    for (const code in member.overrides ?? {}) {
      const leaf = leafByCode.get(code);
      const points = member.overrides?.[code];
      if (leaf !== undefined && points !== undefined) overrides.push({ leaf, member: m, points });
    }
  });
  overrides.sort((a, b) => a.leaf - b.leaf);
  const overrideStart = new Int32Array(leafCount + 1);
  for (const { leaf } of overrides) overrideStart[leaf + 1] = (overrideStart[leaf + 1] as number) + 1;
  for (let leaf = 0; leaf < leafCount; leaf++) {
    overrideStart[leaf + 1] = (overrideStart[leaf + 1] as number) + (overrideStart[leaf] as number);
  }
  return {
    flat,
    members,
    tags,
    values,
    denominators,
    ratioSlot,
    ratioCount,
    scoringKind: scoringKinds,
    bestKind: bestKinds,
    overrideStart,
    overrideMember: new Int32Array(overrides.map((entry) => entry.member)),
    overridePoints: new Float64Array(overrides.map((entry) => entry.points)),
    external,
    raw,
  };
}

function encode(
  flat: FlatSet,
  tags: Uint8Array,
  values: Float64Array,
  at: number,
  leaf: number,
  value: unknown,
  denominator: (value: number) => void,
): void {
  if (typeof value === 'number') {
    tags[at] = VALUE.NUMBER;
    values[at] = value;
  } else if (typeof value === 'boolean') {
    tags[at] = value ? VALUE.TRUE : VALUE.FALSE;
  } else if (flat.leafKind[leaf] === RULE.choice) {
    // Only a string equal to an option scores; anything else is no option (−1).
    tags[at] = VALUE.CHOICE;
    const start = flat.entryStart[leaf] as number;
    const index = flat.optionValue
      .slice(start, start + (flat.entryCount[leaf] as number))
      .indexOf(value as string);
    values[at] = index < 0 ? -1 : start + index;
  } else if (flat.leafKind[leaf] === RULE.ratio && typeof value === 'object' && value !== null) {
    const { numerator, denominator: below } = value as { numerator?: unknown; denominator?: unknown };
    tags[at] = VALUE.RATIO;
    // A part that is not a number is refused by the rule, as NaN is.
    values[at] = typeof numerator === 'number' ? numerator : Number.NaN;
    denominator(typeof below === 'number' ? below : Number.NaN);
  } else {
    tags[at] = VALUE.OTHER;
  }
}
