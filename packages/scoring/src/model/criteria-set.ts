import { z } from 'zod';
import { problemFlag } from '../problems/index.ts';
import { LevelRule } from './levels.ts';
import { PointsValue } from './points.ts';
import { Rule } from './rules.ts';
import { LocalizedText } from './text.ts';

/** Codes are unique across a whole version: inputs, results and diffs are keyed by them. */
const Code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, problemFlag('NODE_CODE_FORMAT'));

/** Where a node comes from in its issuing document (document and row), for traceability. */
export const SourceRef = z
  .object({ document: z.string().min(1).optional(), row: z.union([z.string(), z.number()]) })
  .strict();

export const EvidenceRequirement = z
  .object({
    required: z.boolean(),
    /** What counts as evidence: document number, title and date; screenshots; statistics. */
    description: LocalizedText.optional(),
  })
  .strict();

/**
 * Kinds of unit a set is for, and that a node may be limited to (DTI maxima differ by unit type,
 * so ranks compare shares of the applicable maximum).
 */
export const UnitLevel = z.enum(['province', 'provincial-agency', 'district', 'commune']);
export type UnitLevel = z.infer<typeof UnitLevel>;

const NodeBase = {
  code: Code,
  name: LocalizedText,
  maxPoints: PointsValue,
  /** Multiplies this node's points and maximum where they count towards its parent (default 1). */
  weight: z.number().finite().positive().optional(),
  /** Unit kinds (free codes such as "ward" or "district") the node applies to; absent = all. */
  appliesTo: z.array(z.string().min(1)).min(1).optional(),
  source: SourceRef.optional(),
};

const Scored = {
  rule: Rule,
  evidence: EvidenceRequirement,
  /** How the value is determined, as the issuing document explains it. */
  method: LocalizedText.optional(),
  dataSource: z.string().optional(),
  verifiedBy: z.string().optional(),
};

/** Chỉ tiêu: a scored part of a criterion. */
export const Indicator = z.object({ ...NodeBase, ...Scored }).strict();
export type Indicator = z.infer<typeof Indicator>;

/** Tiêu chí: scored by its own rule, or the sum of its indicators. */
export const Criterion = z
  .object({
    ...NodeBase,
    /** The number the issuing document prints ("criterion 40"). */
    number: z.number().int().positive().optional(),
    rule: Rule.optional(),
    evidence: EvidenceRequirement.optional(),
    method: LocalizedText.optional(),
    dataSource: z.string().optional(),
    verifiedBy: z.string().optional(),
    indicators: z.array(Indicator).min(1).optional(),
  })
  .strict();
export type Criterion = z.infer<typeof Criterion>;

/** Nhóm tiêu chí. */
export const CriterionGroup = z.object({ ...NodeBase, criteria: z.array(Criterion).min(1) }).strict();
export type CriterionGroup = z.infer<typeof CriterionGroup>;

/** Hạng mục: ranked on its own into levels (Mức 1–4). */
export const Category = z
  .object({ ...NodeBase, groups: z.array(CriterionGroup).min(1), levels: z.array(LevelRule).default([]) })
  .strict();
export type Category = z.infer<typeof Category>;

/** Index bands over the 0–1 index value, e.g. UN EGDI's very high / high / middle / low. */
export const Band = z.object({ code: Code, name: LocalizedText, min: z.number().min(0).max(1) }).strict();
export type Band = z.infer<typeof Band>;

export const SetSource = z
  .object({
    document: z.string().min(1),
    title: LocalizedText,
    issuedBy: z.string().min(1),
    date: z.iso.date(),
    /** `official`: the issuing document's own list; `reconstructed`: rebuilt from public descriptions. */
    status: z.enum(['official', 'reconstructed']),
    note: LocalizedText.optional(),
  })
  .strict();

/** One version of a criteria set (bộ tiêu chí): the document that criteria files and drafts hold. */
export const CriteriaSet = z
  .object({
    $schema: z.string().optional(),
    code: Code,
    version: z.string().min(1),
    name: LocalizedText,
    unitLevel: UnitLevel,
    /** `points`: totals are published as points; `index`: as points ÷ maximum, 0–1 (DTI). */
    publishedAs: z.enum(['points', 'index']).default('points'),
    /** A provincial set scored alongside a ministry set names the set it supplements. */
    supplements: Code.optional(),
    source: SetSource,
    maxPoints: PointsValue,
    bands: z.array(Band).optional(),
    categories: z.array(Category).min(1),
  })
  .strict();
export type CriteriaSet = z.infer<typeof CriteriaSet>;
export type CriteriaSetInput = z.input<typeof CriteriaSet>;

export type NodeKind = 'category' | 'group' | 'criterion' | 'indicator';
