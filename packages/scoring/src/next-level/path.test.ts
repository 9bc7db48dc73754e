import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { score } from '../aggregate.ts';
import { compileSet } from '../compile.ts';
import { type CriteriaSet, type CriteriaSetInput, parseCriteriaSet, type Rule } from '../model/index.ts';
import type { NodeResult, UnitResult } from '../result.ts';
import { sampleInput } from '../rules/index.ts';
import type { Inputs } from '../rules/outcome.ts';
import { fullInputs, sampleSet } from '../test/sample-set.ts';
import { applyPath } from './apply.ts';
import { liftingCriteria } from './cohort.ts';
import { ladder } from './ladder.ts';
import { nextLevelPath } from './path.ts';

const text = { vi: 'x', en: 'x' };

/** Small maxima (a few hundredths) keep every brute-force search over the rungs short. */
const arbitraryRule = (max: number): fc.Arbitrary<Rule> =>
  fc.oneof(
    fc.constant<Rule>({ kind: 'yesNo' }),
    fc.constant<Rule>({ kind: 'share', measure: text }),
    fc.constant<Rule>({ kind: 'manual' }),
    fc.constant<Rule>({ kind: 'ratio', numerator: text, denominator: text, zeroDenominator: 'zero' }),
    fc.constant<Rule>({
      kind: 'steps',
      measure: text,
      steps: [
        { min: 1, points: Math.round(max * 40) / 100 },
        { min: 3, points: max },
      ],
    }),
    fc.constant<Rule>({
      kind: 'choice',
      options: [
        { value: 'head', label: text, points: max },
        { value: 'deputy', label: text, points: Math.round(max * 50) / 100 },
        { value: 'none', label: text, points: 0 },
      ],
    }),
    fc.constant<Rule>({
      kind: 'cappedCount',
      item: text,
      pointsPerItem: Math.max(0.01, Math.round(max * 30) / 100),
    }),
  );

const hundredths = (value: number) => value / 100;
const sum = (values: number[]) => values.reduce((total, value) => total + Math.round(value * 100), 0) / 100;

/** One category of 2–3 groups with level rules of every condition kind, and inputs for it. */
const arbitraryCase = fc
  .array(fc.array(fc.integer({ min: 1, max: 7 }).map(hundredths), { minLength: 1, maxLength: 2 }), {
    minLength: 2,
    maxLength: 3,
  })
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      rules: fc.tuple(...shape.flat().map((max) => arbitraryRule(max))),
      levels: fc.tuple(
        fc.integer({ min: 10, max: 90 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 30, max: 100 }),
      ),
      inputLevels: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: shape.flat().length,
        maxLength: shape.flat().length,
      }),
      effort: fc.array(fc.constantFrom(1, 1, 2, 0.5), {
        minLength: shape.flat().length,
        maxLength: shape.flat().length,
      }),
    }),
  )
  .map(({ shape, rules, levels: [first, second, third], inputLevels, effort }) => {
    let leaf = 0;
    const groups = shape.map((criteria, g) => ({
      code: `G${g}`,
      name: text,
      maxPoints: sum(criteria),
      criteria: criteria.map((max, k) => ({
        code: `C${g}.${k}`,
        number: g * 10 + k + 1,
        name: text,
        maxPoints: max,
        rule: rules[leaf++] as Rule,
        evidence: { required: false },
      })),
    }));
    const last = groups.at(-1)?.code as string;
    const document: CriteriaSetInput = {
      code: 'random',
      version: '1',
      name: text,
      unitLevel: 'commune',
      source: { document: 'x', title: text, issuedBy: 'x', date: '2020-01-01', status: 'reconstructed' },
      maxPoints: sum(groups.map((group) => group.maxPoints)),
      categories: [
        {
          code: 'K',
          name: { vi: 'Hạng mục', en: 'Category' },
          maxPoints: sum(groups.map((group) => group.maxPoints)),
          groups,
          levels: [
            { level: 1, conditions: [{ kind: 'groupShare', group: 'G0', minPercent: first }] },
            {
              level: 2,
              conditions: [
                {
                  kind: 'groupPoints',
                  group: 'G1',
                  min: Math.floor((groups[1]?.maxPoints ?? 0) * second) / 100,
                },
                { kind: 'groupShare', group: 'G0', minPercent: first },
              ],
            },
            { level: 3, conditions: [{ kind: 'combinedShare', groups: ['G0', last], minPercent: third }] },
          ],
        },
      ],
    };
    const set = parseCriteriaSet(document);
    const leaves = [...compileSet(set).leaves.values()];
    const random = fc.sample(fc.double({ min: 0, max: 1, noNaN: true }), { seed: leaves.length, numRuns: 1 });
    const inputs: Inputs = Object.fromEntries(
      leaves.map((node, index) => [
        node.code,
        sampleInput(node.rule as Rule, {
          maxPoints: node.max / 100,
          level: inputLevels[index] ?? 0,
          random: () => random[0] ?? 0.5,
        }),
      ]),
    );
    const efforts = Object.fromEntries(leaves.map((node, index) => [node.code, effort[index] ?? 1]));
    return { set, inputs, efforts };
  });

function leafResults(result: UnitResult): NodeResult[] {
  const found: NodeResult[] = [];
  const visit = (node: NodeResult) => {
    if (node.children.length === 0) found.push(node);
    node.children.forEach(visit);
  };
  result.categories.forEach(visit);
  return found;
}

/** Every combination of rungs, cheapest first, until one reaches the level through the engine. */
function bruteForce(set: CriteriaSet, inputs: Inputs, target: number, effort: Record<string, number>) {
  const result = score(set, inputs);
  const leaves = compileSet(set).leaves;
  const choices = leafResults(result).map((node) => {
    const rungs = ladder(leaves.get(node.code)?.rule as Rule, {
      max: node.maxPoints,
      points: node.points,
      input: node.input,
      overridden: false,
      best: undefined,
    });
    const unit = Math.round((effort[node.code] ?? 1) * 100);
    return [
      { code: node.code, cost: 0, input: node.input },
      ...rungs.map((rung) => ({
        code: node.code,
        cost: (rung.points - node.points) * unit,
        input: rung.input,
      })),
    ];
  });
  const size = choices.reduce((product, options) => product * options.length, 1);
  if (size > 1500) return undefined;
  let combos: Array<{ cost: number; picks: (typeof choices)[number] }> = [{ cost: 0, picks: [] }];
  for (const options of choices) {
    combos = combos.flatMap((combo) =>
      options.map((option) => ({ cost: combo.cost + option.cost, picks: [...combo.picks, option] })),
    );
  }
  combos.sort((a, b) => a.cost - b.cost);
  for (const combo of combos) {
    const changed = { ...inputs, ...Object.fromEntries(combo.picks.map((pick) => [pick.code, pick.input])) };
    const level = score(set, changed).categories[0]?.level?.level ?? null;
    if (level !== null && level >= target) return combo.cost;
  }
  return Number.POSITIVE_INFINITY;
}

describe('the shortest path to the next level', () => {
  it('reaches the level through the engine, and no cheaper plan exists (brute force)', () => {
    let compared = 0;
    fc.assert(
      fc.property(arbitraryCase, fc.boolean(), ({ set, inputs, efforts }, weighted) => {
        const effort = weighted ? efforts : {};
        const result = score(set, inputs);
        const path = nextLevelPath(set, result, 'K', { effort });
        expect(path).toBeDefined();
        if (!path || path.status === 'TOP') return;
        const target = path.target as number;
        const cheapest = bruteForce(set, inputs, target, effort);
        if (path.status === 'UNREACHABLE') {
          if (cheapest !== undefined) expect(cheapest).toBe(Number.POSITIVE_INFINITY);
          return;
        }
        const planned = applyPath(path, inputs);
        const after = score(set, planned.inputs).categories[0];
        expect(after?.level?.level ?? 0).toBeGreaterThanOrEqual(target);
        for (const step of path.steps) expect(step.target).toBeGreaterThan(step.points);
        if (cheapest !== undefined) {
          compared++;
          expect(path.cost).toBe(cheapest);
        }
      }),
      { numRuns: Number(process.env.NEXT_LEVEL_RUNS ?? 80) },
    );
    expect(compared).toBeGreaterThan(15);
  });

  it('explains the path in Vietnamese numbers, group by group', () => {
    // Policy at 4,00 of 10 (Mức 1); Mức 2 needs 6 points there: +2,00 is the least.
    const inputs = { ...fullInputs, 'SS.05': 1, 'SS.06': 'deputy' };
    const path = nextLevelPath(sampleSet, score(sampleSet, inputs), 'SS');
    expect(path).toMatchObject({ status: 'PATH', level: 1, target: 2, gain: 200 });
    expect(path?.explanation.vi).toBe(
      'Để lên Mức 2 ở Điều kiện sẵn sàng: cần thêm 2,00 điểm ở Môi trường chính sách: tiêu chí 5. Tổng cộng 2,00 điểm.',
    );
    expect(path?.explanation.en).toContain('2.00 more points in Policy environment: criterion 5');
    expect(path?.lines[0]?.vi).toBe(
      'Tiêu chí 5 — Họp Ban Chỉ đạo: 1,00 → 3,00 điểm (Số cuộc họp trong năm ≥ 3)',
    );
    // A higher effort on meetings sends the plan to who chairs them instead.
    const chair = nextLevelPath(sampleSet, score(sampleSet, inputs), 'SS', { effort: { 'SS.05': 3 } });
    expect(chair?.steps.map((step) => [step.code, step.input])).toEqual([['SS.06', 'head']]);
    expect(chair?.effortSource).toBe('given');
    // The Sở's stored weights are named as such.
    const stored = nextLevelPath(sampleSet, score(sampleSet, inputs), 'SS', {
      effort: { 'SS.05': 3 },
      effortSource: 'stored',
    });
    expect(stored?.explanation.vi).toMatch(
      /^Để lên Mức 2 ở Điều kiện sẵn sàng \(theo mức công sức do Sở đặt\): /,
    );
    expect(path?.effortSource).toBe('points');
  });

  it('says when a category is already at the top', () => {
    const path = nextLevelPath(sampleSet, score(sampleSet, fullInputs), 'SS');
    expect(path).toMatchObject({ status: 'TOP', target: null, steps: [] });
    expect(path?.explanation.vi).toBe('Điều kiện sẵn sàng: đã ở mức cao nhất (Mức 4).');
  });

  it('finds the criteria that alone lift the most units', () => {
    const members = [
      { id: 'a', result: score(sampleSet, { ...fullInputs, 'SS.05': 1, 'SS.06': 'deputy' }) },
      { id: 'b', result: score(sampleSet, { ...fullInputs, 'SS.05': 2, 'SS.06': 'deputy' }) },
    ];
    const lifting = liftingCriteria(sampleSet, members);
    // Four meetings (+2 or +3) or the head in the chair (+3) each reach the 6 policy points of Mức 2.
    expect(lifting.map((entry) => [entry.code, entry.units])).toEqual([
      ['SS.05', ['a', 'b']],
      ['SS.06', ['a', 'b']],
    ]);
    // Lifting as many units, the criterion costing less effort comes first.
    const weighted = liftingCriteria(sampleSet, members, 10, { effort: { 'SS.05': 5 } });
    expect(weighted.map((entry) => entry.code)).toEqual(['SS.06', 'SS.05']);
  });
});
