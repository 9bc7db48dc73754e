import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { score, scoreCohort } from './aggregate.ts';
import { compileSet } from './compile.ts';
import type { CriteriaSet } from './model/index.ts';
import type { NodeResult, UnitResult } from './result.ts';
import type { Inputs, InputValue } from './rules/outcome.ts';
import { arbitraryInput, arbitrarySet } from './test/arbitraries.ts';

/** A set together with arbitrary inputs for its scored nodes. */
const setWithInputs = arbitrarySet.chain((set) => {
  const codes = [...compileSet(set).leaves.keys()];
  return fc.tuple(
    fc.constant(set),
    fc
      .tuple(...codes.map(() => arbitraryInput))
      .map((values) => Object.fromEntries(codes.map((code, i) => [code, values[i]]))),
  );
});

function everyNode(result: UnitResult, check: (node: NodeResult) => void) {
  const visit = (node: NodeResult) => {
    check(node);
    node.children.forEach(visit);
  };
  result.categories.forEach(visit);
}

describe('properties of scoring', () => {
  it('keeps 0 ≤ points ≤ max at every node, in whole hundredths', () => {
    fc.assert(
      fc.property(setWithInputs, ([set, inputs]) => {
        const result = score(set, inputs);
        expect(result.points).toBeGreaterThanOrEqual(0);
        expect(result.points).toBeLessThanOrEqual(result.maxPoints);
        everyNode(result, (node) => {
          expect(Number.isInteger(node.points)).toBe(true);
          expect(node.points).toBeGreaterThanOrEqual(0);
          expect(node.points).toBeLessThanOrEqual(node.maxPoints);
        });
      }),
    );
  });

  it('makes every parent exactly the sum of its children', () => {
    fc.assert(
      fc.property(setWithInputs, ([set, inputs]) => {
        const result = score(set, inputs);
        everyNode(result, (node) => {
          if (node.children.length === 0) return;
          expect(node.points).toBe(node.children.reduce((total, child) => total + child.points, 0));
          expect(node.maxPoints).toBe(node.children.reduce((total, child) => total + child.maxPoints, 0));
        });
        expect(result.points).toBe(result.categories.reduce((total, category) => total + category.points, 0));
      }),
    );
  });

  it('never lowers a monotone rule’s points when its input rises', () => {
    const raise = (value: InputValue, by: number): InputValue =>
      typeof value === 'number'
        ? value + by
        : typeof value === 'object'
          ? { numerator: value.numerator + by, denominator: value.denominator }
          : value;
    fc.assert(
      fc.property(
        setWithInputs,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        ([set, inputs], by, best) => {
          for (const [code, node] of compileSet(set).leaves) {
            const kind = node.rule?.kind;
            if (kind === 'yesNo' || kind === 'choice') continue;
            const base: InputValue =
              kind === 'ratio' ? { numerator: 1, denominator: 200 } : kind === 'manual' ? 0 : 1;
            const options = { cohortBest: { [code]: best } };
            const low = leaf(score(set, { ...inputs, [code]: base }, options), code);
            const high = leaf(score(set, { ...inputs, [code]: raise(base, by) }, options), code);
            if (high.finding?.code !== 'INVALID_INPUT')
              expect(high.points).toBeGreaterThanOrEqual(low.points);
          }
        },
      ),
    );
  });

  it('does not depend on the order of inputs or of the cohort', () => {
    fc.assert(
      fc.property(setWithInputs, setWithInputs, fc.boolean(), ([set, inputs], [, otherInputs], flip) => {
        const reversed: Inputs = Object.fromEntries(Object.entries(inputs).reverse());
        expect(score(set, reversed)).toEqual(score(set, inputs));
        const members = [
          { unitId: 'a', inputs },
          { unitId: 'b', inputs: otherInputs },
        ];
        const forward = scoreCohort(set, members);
        const backward = scoreCohort(set, flip ? [...members].reverse() : members);
        const byUnit = (results: typeof forward) =>
          Object.fromEntries(results.map((result) => [result.unitId, result]));
        expect(byUnit(backward)).toEqual(byUnit(forward));
      }),
    );
  });
});

function leaf(result: UnitResult, code: string): NodeResult {
  let found: NodeResult | undefined;
  everyNode(result, (node) => {
    if (node.code === code) found = node;
  });
  if (!found) throw new Error(`no node ${code}`);
  return found;
}

export type { CriteriaSet };
