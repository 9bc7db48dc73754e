// Input types mirroring the criteria model (packages/scoring/src/model): a criteria document, a node
// of it, a rule and a category's level rules. GraphQL gives them their shape; the model's zod schemas
// (run by the criteria services) still decide what is valid, so a kind's own fields are optional here
// and checked there (e.g. a `steps` rule without `steps` is VALIDATION_FAILED with its path).

import { RULE_KINDS } from '@chiso/scoring';
import { builder } from '../builder.ts';
import { enumValuesOf, withoutNulls } from './inputs.ts';

export const CriteriaTextInput = builder.inputType('CriteriaTextInput', {
  description: 'Text in Vietnamese and English.',
  fields: (t) => ({ vi: t.string({ required: true }), en: t.string({ required: true }) }),
});

const RuleKindEnum = builder.enumType('RuleKind', {
  description: 'How a criterion or indicator turns what a unit reports into points.',
  values: enumValuesOf(RULE_KINDS),
});

const RuleStepInput = builder.inputType('RuleStepInput', {
  fields: (t) => ({
    min: t.float({ required: true, description: 'The threshold the reported value reaches.' }),
    points: t.float({ required: true }),
  }),
});

const RuleOptionInput = builder.inputType('RuleOptionInput', {
  fields: (t) => ({
    value: t.string({ required: true, description: 'An identifier such as "head" or "deputy".' }),
    label: t.field({ type: CriteriaTextInput, required: true }),
    points: t.float({ required: true }),
  }),
});

const ZeroDenominatorEnum = builder.enumType('ZeroDenominator', {
  description: 'What a ratio with a denominator of 0 earns.',
  values: enumValuesOf(['zero', 'full'] as const),
});

export const RuleInput = builder.inputType('RuleInput', {
  description:
    'A rule: its `kind` and that kind’s fields — yesNo: question?; ratio: numerator, denominator, zeroDenominator?; share, bestInCohort: measure; steps: measure, steps; cappedCount: item, pointsPerItem; choice: options; manual: guidance?. Other fields must be left out.',
  fields: (t) => ({
    kind: t.field({ type: RuleKindEnum, required: true }),
    question: t.field({ type: CriteriaTextInput }),
    numerator: t.field({ type: CriteriaTextInput }),
    denominator: t.field({ type: CriteriaTextInput }),
    zeroDenominator: t.field({ type: ZeroDenominatorEnum }),
    measure: t.field({ type: CriteriaTextInput }),
    steps: t.field({ type: [RuleStepInput] }),
    item: t.field({ type: CriteriaTextInput }),
    pointsPerItem: t.float(),
    options: t.field({ type: [RuleOptionInput] }),
    guidance: t.field({ type: CriteriaTextInput }),
  }),
});

export const EvidenceRequirementInput = builder.inputType('EvidenceRequirementInput', {
  fields: (t) => ({
    required: t.boolean({ required: true }),
    description: t.field({ type: CriteriaTextInput, description: 'What counts as evidence.' }),
  }),
});

const LevelConditionKindEnum = builder.enumType('LevelConditionKind', {
  values: enumValuesOf(['groupPoints', 'groupShare', 'combinedShare'] as const),
});

const LevelConditionInput = builder.inputType('LevelConditionInput', {
  description:
    'groupPoints: group, min; groupShare: group, minPercent; combinedShare: groups (two or more), minPercent.',
  fields: (t) => ({
    kind: t.field({ type: LevelConditionKindEnum, required: true }),
    group: t.string({ description: 'A criteria group code.' }),
    groups: t.stringList(),
    min: t.float({ description: 'Points.' }),
    minPercent: t.float({ description: '0–100.' }),
  }),
});

export const LevelRuleInput = builder.inputType('LevelRuleInput', {
  description: 'A level (Mức) of a category: reached when every condition holds.',
  fields: (t) => ({
    level: t.int({ required: true, description: '1–9.' }),
    name: t.field({ type: CriteriaTextInput }),
    conditions: t.field({ type: [LevelConditionInput], required: true }),
  }),
});

const SourceRefInput = builder.inputType('CriteriaSourceInput', {
  description:
    'Where a node comes from in its issuing document: a row number, or a row label such as "II.3".',
  fields: (t) => ({
    document: t.string(),
    row: t.int(),
    rowLabel: t.string({ description: 'Instead of `row` when the document numbers rows otherwise.' }),
  }),
});

/**
 * One node at any depth, as in a criteria file: a category has `groups` (and `levels`), a group
 * `criteria`, a criterion a `rule` or `indicators`, an indicator a `rule`.
 */
export const CriteriaNodeInput = builder.inputRef<CriteriaNodeShape>('CriteriaNodeInput').implement({
  description:
    'A node as in a criteria file; which fields apply depends on its depth (checked with the criteria model).',
  fields: (t) => ({
    code: t.string({ required: true }),
    name: t.field({ type: CriteriaTextInput, required: true }),
    maxPoints: t.float({ required: true, description: 'At most two decimals.' }),
    weight: t.float({ description: 'Multiplies the node where it counts towards its parent (default 1).' }),
    appliesTo: t.stringList({ description: 'Unit kinds it applies to; absent: all.' }),
    source: t.field({ type: SourceRefInput }),
    number: t.int({ description: 'Criteria: the number the document prints.' }),
    rule: t.field({ type: RuleInput }),
    evidence: t.field({ type: EvidenceRequirementInput }),
    method: t.field({ type: CriteriaTextInput, description: 'How the value is determined.' }),
    dataSource: t.string(),
    verifiedBy: t.string(),
    groups: t.field({ type: [CriteriaNodeInput], description: 'A category’s groups.' }),
    levels: t.field({ type: [LevelRuleInput], description: 'A category’s level rules.' }),
    criteria: t.field({ type: [CriteriaNodeInput], description: 'A group’s criteria.' }),
    indicators: t.field({ type: [CriteriaNodeInput], description: 'A criterion’s indicators.' }),
  }),
});

type Text = { vi: string; en: string };
type Maybe<T> = T | null | undefined;
interface CriteriaNodeShape {
  code: string;
  name: Text;
  maxPoints: number;
  weight?: Maybe<number>;
  appliesTo?: Maybe<string[]>;
  source?: Maybe<{ document?: Maybe<string>; row?: Maybe<number>; rowLabel?: Maybe<string> }>;
  number?: Maybe<number>;
  rule?: Maybe<typeof RuleInput.$inferInput>;
  evidence?: Maybe<typeof EvidenceRequirementInput.$inferInput>;
  method?: Maybe<Text>;
  dataSource?: Maybe<string>;
  verifiedBy?: Maybe<string>;
  groups?: Maybe<CriteriaNodeShape[]>;
  levels?: Maybe<(typeof LevelRuleInput.$inferInput)[]>;
  criteria?: Maybe<CriteriaNodeShape[]>;
  indicators?: Maybe<CriteriaNodeShape[]>;
}

const SetSourceInput = builder.inputType('CriteriaSetSourceInput', {
  fields: (t) => ({
    document: t.string({ required: true }),
    title: t.field({ type: CriteriaTextInput, required: true }),
    issuedBy: t.string({ required: true }),
    date: t.field({ type: 'Date', required: true }),
    status: t.string({ required: true, description: 'official or reconstructed' }),
    note: t.field({ type: CriteriaTextInput }),
  }),
});

const BandDefinitionInput = builder.inputType('CriteriaBandInput', {
  fields: (t) => ({
    code: t.string({ required: true }),
    name: t.field({ type: CriteriaTextInput, required: true }),
    min: t.float({ required: true, description: 'Index value 0–1.' }),
  }),
});

/** A whole criteria document, as criteria/*.yaml holds it. */
export const CriteriaDocumentInput = builder.inputType('CriteriaDocumentInput', {
  description: 'A whole criteria-set document, as in criteria/*.yaml.',
  fields: (t) => ({
    code: t.string({ required: true }),
    version: t.string({ required: true }),
    name: t.field({ type: CriteriaTextInput, required: true }),
    unitLevel: t.string({ required: true, description: 'province, provincial-agency, district or commune' }),
    publishedAs: t.string({ description: 'points (default) or index' }),
    supplements: t.string(),
    source: t.field({ type: SetSourceInput, required: true }),
    maxPoints: t.float({ required: true }),
    bands: t.field({ type: [BandDefinitionInput] }),
    categories: t.field({ type: [CriteriaNodeInput], required: true }),
  }),
});

/** A typed node (or document) as the criteria model reads it: nulls dropped, source rows merged. */
export function toModel(value: unknown): unknown {
  return withRowLabels(withoutNulls(value));
}

// A source's row is a number or a label in the model; the input keeps the two apart.
function withRowLabels(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withRowLabels);
  if (value === null || typeof value !== 'object') return value;
  const { rowLabel, ...rest } = value as Record<string, unknown>;
  const model = Object.fromEntries(Object.entries(rest).map(([key, field]) => [key, withRowLabels(field)]));
  return rowLabel === undefined ? model : { ...model, row: rowLabel };
}
