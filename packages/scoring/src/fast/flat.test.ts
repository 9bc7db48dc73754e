import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CohortMember, scoreCohort } from '../aggregate.ts';
import { weightSensitivity } from '../analysis/sensitivity.ts';
import { mulDiv, reachesPercent } from '../decimal.ts';
import type { CriteriaSet } from '../model/index.ts';
import { rankCohort } from '../rank.ts';
import { arbitraryInput, arbitrarySet } from '../test/arbitraries.ts';
import { fastMulDiv, percentThreshold, reaches } from './decimal.ts';
import { flatDifferences } from './differences.ts';
import { scoreCohortFlat } from './evaluate.ts';
import { compileFlat } from './program.ts';
import { competitionRanks } from './ranks.ts';
import { weightSensitivityFlat } from './sensitivity.ts';
import { flatResult } from './tree.ts';

const KINDS = ['ward', 'commune', 'district'] as const;

/** A random set with some nodes limited to unit kinds and some weighted, as real sets may be. */
const variedSet = fc
  .tuple(arbitrarySet, fc.array(fc.constantFrom(undefined, ['ward'], ['ward', 'commune'], 0.5, 1.25, 2)))
  .map(([set, twists]): CriteriaSet => {
    let next = 0;
    const twist = <T extends object>(node: T): T => {
      const change = twists[next++ % Math.max(1, twists.length)];
      if (Array.isArray(change)) return { ...node, appliesTo: change };
      if (typeof change === 'number') return { ...node, weight: change };
      return node;
    };
    return {
      ...set,
      categories: set.categories.map((category) =>
        twist({
          ...category,
          groups: category.groups.map((group) => twist({ ...group, criteria: group.criteria.map(twist) })),
        }),
      ),
    };
  });

/** A cohort of 1–6 members of any kind, with arbitrary inputs, some overrides and callers' reasons. */
const cohortFor = (set: CriteriaSet) => {
  const codes = compileFlat(set).leafCode;
  const member = fc.record({
    inputs: fc.tuple(...codes.map(() => arbitraryInput)),
    unitKind: fc.constantFrom(undefined, '', ...KINDS),
    overrides: fc.option(fc.dictionary(fc.constantFrom(...codes), fc.integer({ min: -100, max: 3000 }))),
    notSubmitted: fc.boolean(),
  });
  return fc.array(member, { minLength: 1, maxLength: 6 }).map((drawn) =>
    drawn.map(
      ({ inputs, unitKind, overrides, notSubmitted }, index): CohortMember => ({
        unitId: `u${index}`,
        inputs: Object.fromEntries(codes.map((code, i) => [code, inputs[i]])),
        ...(unitKind === undefined ? {} : { unitKind }),
        ...(overrides ? { overrides } : {}),
        ...(notSubmitted ? { notRanked: [{ code: 'NOT_SUBMITTED' as const }] } : {}),
      }),
    ),
  );
};

describe('the compiled path', () => {
  it('gives the tree engine’s totals, category points, levels, reasons and ranks on random sets', () => {
    fc.assert(
      fc.property(
        variedSet.chain((set) => fc.tuple(fc.constant(set), cohortFor(set))),
        ([set, members]) => {
          const scores = scoreCohortFlat(set, members);
          const tree = scoreCohort(set, members);
          expect(flatDifferences(scores, tree)).toEqual([]);
          expect(flatResult(scores, members.length - 1)).toEqual(tree.at(-1));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('multiplies and divides decimals as the reference does', () => {
    const decimal = fc.oneof(
      fc
        .integer({ min: 0, max: 10 ** 7 })
        .chain((units) => fc.constantFrom(units, units / 10, units / 100, units / 1000)),
      fc.double({ min: 0, max: 1e12, noNaN: true }),
      fc.constantFrom(5e-324, 1e-200, 1e-7, 2 ** 53, 1e9 + 0.5),
    );
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 100_000 }), decimal, (a, b, c) => {
        if (c === 0) return;
        expect(fastMulDiv(a, b, c)).toBe(mulDiv(a, b, c));
      }),
      { numRuns: 600 },
    );
    expect(fastMulDiv(57, 100, 200)).toBe(29); // 0.285 → 0.29, where floating point gives 0.28
    expect(fastMulDiv(57.5, 200, 100)).toBe(115);
    // Ties and near-ties, where the float quotient is not trusted.
    for (const [a, b, c] of [
      [0.285, 100, 1],
      [1, 57, 200],
      [28.499999, 100, 1],
      [28.4999999, 1, 1],
      [2.5, 1, 1],
    ] as const) {
      expect(fastMulDiv(a, b, c)).toBe(mulDiv(a, b, c));
    }
    expect(fastMulDiv(0.285, 100, 1)).toBe(29);
  });

  it('compares shares with a percentage as the reference does', () => {
    const percent = fc.oneof(
      fc.integer({ min: 0, max: 100 }),
      fc.integer({ min: 0, max: 1000 }).map((p) => p / 10),
    );
    fc.assert(
      fc.property(percent, fc.nat(100_000), fc.nat(100_000), (p, points, max) => {
        expect(reaches(percentThreshold(p), points, max)).toBe(reachesPercent(points, max, p));
      }),
    );
  });

  it('ranks as rankCohort, ties sharing a rank (1, 2, 2, 4)', () => {
    const entry = fc.nat(400).chain((max) => fc.tuple(fc.nat(max), fc.constant(max)));
    // A shared maximum small beside the count takes the counting path, a large one the sorted keys.
    const sharedMax = fc.constantFrom(undefined, 0, 20, 400);
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), sharedMax, (entries, shared) => {
        const items = entries.map(([points, max]) =>
          shared === undefined
            ? { points, maxPoints: max }
            : { points: points % (shared + 1), maxPoints: shared },
        );
        const expected = new Array<number>(items.length);
        for (const { item, rank } of rankCohort(items, (x) => x)) expected[items.indexOf(item)] = rank;
        const ranks = competitionRanks(
          new Float64Array(items.map((item) => item.points)),
          new Float64Array(items.map((item) => item.maxPoints)),
          items.length,
        );
        expect([...ranks]).toEqual(expected);
      }),
    );
  });
});

describe('weight sensitivity over columns', () => {
  it('gives weightSensitivity’s scenarios', () => {
    const unit = fc.array(
      fc.nat(300).chain((max) => fc.tuple(fc.nat(max), fc.constant(max))),
      {
        minLength: 3,
        maxLength: 3,
      },
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 25 }), fc.integer({ min: 1, max: 50 }), (units, percent) => {
        const codes = ['A', 'B', 'C'];
        const items = units.map((_, index) => `u${index}`);
        const weighted = units.map((groups, index) => ({
          item: items[index] as string,
          groups: new Map(
            groups.map(([points, maxPoints], g) => [codes[g] as string, { points, maxPoints }]),
          ),
        }));
        const columns = codes.map((code, g) => ({
          code,
          points: new Float64Array(units.map((groups) => groups[g]?.[0] ?? 0)),
          maxPoints: new Float64Array(units.map((groups) => groups[g]?.[1] ?? 0)),
        }));
        expect(weightSensitivityFlat(items, columns, codes, percent)).toEqual(
          weightSensitivity(weighted, codes, percent),
        );
      }),
      { numRuns: 60 },
    );
  });
});
