/**
 * Rows the assessment tests need, written straight to the database (periods, criteria versions
 * and the period-opening mutation belong to other aggregates): a unit group of communes, a
 * published version of the commune set, an OPEN period and one DRAFT assessment per unit.
 */
import { loadCriteriaSet } from '@chiso/criteria';
import type { Db } from '@chiso/db';
import { type CriteriaSet, type InputValue, toHundredths, walkSet } from '@chiso/scoring';
import { encodeGlobalID } from '@pothos/plugin-relay';

export const communeSet: CriteriaSet = loadCriteriaSet('btttt-2392-commune');

export const gid = (type: string, id: string) => encodeGlobalID(type, id);

export async function createCohort(db: Db, options: { units: string[]; periodCode: string; endsOn: string }) {
  const group =
    (await db.unitGroup.findFirst({ where: { code: 'G3' } })) ??
    (await db.unitGroup.create({ data: { code: 'G3', name: 'Nhóm 3: xã', nameEn: 'Group 3: communes' } }));
  const set =
    (await db.criteriaSet.findFirst({ where: { code: communeSet.code } })) ??
    (await db.criteriaSet.create({
      data: {
        code: communeSet.code,
        name: communeSet.name.vi,
        nameEn: communeSet.name.en,
        unitLevel: 'commune',
      },
    }));
  const version =
    (await db.criteriaVersion.findFirst({ where: { setId: set.id } })) ??
    (await db.criteriaVersion.create({
      data: {
        setId: set.id,
        version: communeSet.version,
        status: 'PUBLISHED',
        document: JSON.parse(JSON.stringify(communeSet)),
        maxPoints: toHundredths(communeSet.maxPoints),
        criteriaCount: [...walkSet(communeSet)].filter((node) => node.kind === 'criterion').length,
        publishedAt: new Date(),
      },
    }));
  const period = await db.period.create({
    data: {
      code: options.periodCode,
      name: `Kỳ ${options.periodCode}`,
      kind: 'YEAR',
      startsOn: new Date(`${options.endsOn.slice(0, 4)}-01-01`),
      endsOn: new Date(options.endsOn),
      status: 'OPEN',
    },
  });
  const units = [];
  for (const name of options.units) {
    const unit =
      (await db.unit.findFirst({ where: { name } })) ??
      (await db.unit.create({
        data: {
          code: `X${name}`,
          name,
          searchName: name.toLowerCase(),
          kind: 'COMMUNE',
          type: 'Xã',
          groupId: group.id,
          validFrom: new Date('2020-01-01'),
        },
      }));
    const assessment = await db.assessment.create({
      data: { periodId: period.id, unitId: unit.id, versionId: version.id, unitGroupId: group.id },
    });
    units.push({ unit, assessment });
  }
  return { group, version, period, units };
}

/** A value for every scored node, by rule kind; `overrides` replaces some. */
export function fullInputs(overrides: Record<string, InputValue> = {}): Record<string, InputValue> {
  const inputs: Record<string, InputValue> = {};
  for (const { node } of walkSet(communeSet)) {
    if (!('rule' in node) || !node.rule) continue;
    const rule = node.rule;
    inputs[node.code] =
      rule.kind === 'yesNo'
        ? true
        : rule.kind === 'share'
          ? 80
          : rule.kind === 'ratio'
            ? { numerator: 9, denominator: 10 }
            : rule.kind === 'steps'
              ? Math.max(...rule.steps.map((step) => step.min))
              : rule.kind === 'cappedCount'
                ? 2
                : rule.kind === 'choice'
                  ? (rule.options[0]?.value ?? '')
                  : rule.kind === 'bestInCohort'
                    ? 10
                    : node.maxPoints / 2;
  }
  return { ...inputs, ...overrides };
}

/** Codes of the policy-environment group (SS.CS): answering them "no"/0 leaves readiness unranked. */
export function policyZero(): Record<string, InputValue> {
  const zero: Record<string, InputValue> = {};
  const group = communeSet.categories[0]?.groups.find((candidate) => candidate.code === 'SS.CS');
  for (const criterion of group?.criteria ?? []) {
    for (const node of criterion.indicators ?? [criterion]) {
      const rule = node.rule;
      if (!rule) continue;
      zero[node.code] =
        rule.kind === 'yesNo'
          ? false
          : rule.kind === 'ratio'
            ? { numerator: 0, denominator: 10 }
            : rule.kind === 'choice'
              ? (rule.options.find((option) => option.points === 0)?.value ??
                rule.options.at(-1)?.value ??
                '')
              : 0;
    }
  }
  return zero;
}

/** GraphQL entries for a set of inputs, each with an explanation (no evidence in these tests). */
export const entriesOf = (inputs: Record<string, InputValue>) =>
  Object.entries(inputs).map(([nodeCode, input]) => ({
    nodeCode,
    input,
    explanation: 'Văn bản đang trình ký, sẽ bổ sung minh chứng.',
  }));
