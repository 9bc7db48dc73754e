import fc from 'fast-check';
import type { CriteriaSet, Rule } from '../model/index.ts';
import { parseCriteriaSet } from '../model/index.ts';
import type { InputValue } from '../rules/outcome.ts';

const text = { vi: 'x', en: 'x' };
/** Points with two decimals, as hundredths → decimal. */
const points = (maxHundredths: number) =>
  fc.integer({ min: 0, max: maxHundredths }).map((value) => value / 100);

const ruleFor = (max: number): fc.Arbitrary<Rule> =>
  fc.oneof(
    // A per-item rule needs a maximum above 0 (validation refuses points per item above the maximum).
    points(Math.max(1, Math.round(max * 100))).map<Rule>((perItem) =>
      max > 0
        ? { kind: 'cappedCount', item: text, pointsPerItem: Math.min(Math.max(perItem, 0.01), max) }
        : { kind: 'yesNo' },
    ),
    fc.constant<Rule>({ kind: 'yesNo' }),
    fc.constant<Rule>({ kind: 'ratio', numerator: text, denominator: text, zeroDenominator: 'zero' }),
    fc.constant<Rule>({ kind: 'share', measure: text }),
    fc.constant<Rule>({ kind: 'bestInCohort', measure: text }),
    fc.constant<Rule>({ kind: 'manual' }),
    fc
      .uniqueArray(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 4 })
      .chain((mins) =>
        fc.tuple(
          fc.constant(mins),
          fc.array(points(Math.round(max * 100)), { minLength: mins.length, maxLength: mins.length }),
        ),
      )
      .map<Rule>(([mins, stepPoints]) => {
        // Thresholds and points both ascending, so the rule is monotone like the real ones.
        // The top step gives the maximum, as validation requires.
        const sortedPoints = [...stepPoints.slice(1), max].sort((a, b) => a - b);
        return {
          kind: 'steps',
          measure: text,
          steps: [...mins].sort((a, b) => a - b).map((min, i) => ({ min, points: sortedPoints[i] ?? 0 })),
        };
      }),
    points(Math.round(max * 100)).map<Rule>((deputy) => ({
      kind: 'choice',
      options: [
        { value: 'head', label: text, points: max },
        { value: 'deputy', label: text, points: deputy },
      ],
    })),
  );

const sum = (values: number[]) => values.reduce((total, value) => total + Math.round(value * 100), 0) / 100;

/** Random, valid criteria sets: 1–2 categories × 1–3 groups × 1–4 criteria with any rule kind. */
export const arbitrarySet: fc.Arbitrary<CriteriaSet> = fc
  .array(fc.array(fc.array(points(500), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 2,
  })
  .chain((shape) => {
    const maxima = shape.flat(2);
    return fc.tuple(fc.constant(shape), fc.tuple(...maxima.map((max) => ruleFor(max))));
  })
  .map(([shape, rules]) => {
    let leaf = 0;
    const categories = shape.map((groups, c) => {
      const builtGroups = groups.map((criteria, g) => {
        const builtCriteria = criteria.map((max, k) => ({
          code: `C${c}.${g}.${k}`,
          name: text,
          maxPoints: max,
          rule: rules[leaf++] as Rule,
          evidence: { required: false },
        }));
        return { code: `G${c}.${g}`, name: text, maxPoints: sum(criteria), criteria: builtCriteria };
      });
      return {
        code: `K${c}`,
        name: text,
        maxPoints: sum(builtGroups.map((group) => group.maxPoints)),
        groups: builtGroups,
        levels: [
          { level: 1, conditions: [{ kind: 'groupShare' as const, group: `G${c}.0`, minPercent: 50 }] },
        ],
      };
    });
    return parseCriteriaSet({
      code: 'random',
      version: '1',
      name: text,
      unitLevel: 'commune',
      source: { document: 'x', title: text, issuedBy: 'x', date: '2020-01-01', status: 'reconstructed' },
      maxPoints: sum(categories.map((category) => category.maxPoints)),
      categories,
    });
  });

/** Anything a unit might send for one node, valid or not. */
export const arbitraryInput: fc.Arbitrary<InputValue | null | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.double({ min: -10, max: 500, noNaN: false }),
  fc.integer({ min: -3, max: 1000 }),
  fc.constantFrom('head', 'deputy', 'other'),
  fc.record({ numerator: fc.double({ min: -1, max: 1000 }), denominator: fc.double({ min: -1, max: 1000 }) }),
);
