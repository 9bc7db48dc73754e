import type { Hundredths } from './decimal.ts';
import type { LevelCondition, NodeKind } from './model/index.ts';
import type { LocalizedText } from './model/text.ts';
import type { NotRankedReason } from './not-ranked.ts';
import type { Problem } from './problems/index.ts';
import type { FindingCode, InputValue } from './rules/outcome.ts';

/** Something a person should know about how a value was scored. */
export interface Finding {
  code: FindingCode;
  /** The scored node: "SS/SS.HT/SS.03". */
  path: string;
  /** Why an input is invalid, with the code the API refuses the same value with. */
  problem?: Problem;
}

/** Points of one node of the tree for one unit. Points and maxima are integer hundredths. */
export interface NodeResult {
  code: string;
  kind: NodeKind;
  path: string;
  name: LocalizedText;
  number?: number;
  points: Hundredths;
  /** The applicable maximum: 0 when the node does not apply to the unit's kind. */
  maxPoints: Hundredths;
  applicable: boolean;
  /** Scored nodes only: what was reported, and what to know about it. */
  input?: InputValue | null;
  finding?: Finding;
  /** Scored nodes only: the points were set by a reviewer, not computed from the input. */
  overridden?: boolean;
  /** Categories with level rules only. */
  level?: LevelOutcome;
  /** Categories only, when the unit has no rank there: why (the level not reached, a caller's reason). */
  notRanked?: NotRankedReason[];
  children: NodeResult[];
}

export interface ConditionOutcome {
  condition: LevelCondition;
  met: boolean;
  /** The groups' points and maximum that the condition looked at. */
  points: Hundredths;
  maxPoints: Hundredths;
}

/** The level (Mức) a category reached, or why it is not ranked. */
export interface LevelOutcome {
  /** The highest level whose conditions all hold; null = not ranked (không được xếp hạng). */
  level: number | null;
  name?: LocalizedText;
  /** When not ranked: the conditions of the lowest level that failed — what held the unit back. */
  reasons: ConditionOutcome[];
  /** The next level up and the conditions still failing for it (for planning). */
  next?: { level: number; failing: ConditionOutcome[] };
}

export interface UnitResult {
  setCode: string;
  version: string;
  points: Hundredths;
  maxPoints: Hundredths;
  /** points ÷ applicable maximum, 0–1, half-up to 4 decimals. */
  index: number;
  /** The index band reached, where the set defines bands (points ÷ maximum compared exactly). */
  band?: string;
  /**
   * Why the unit has no overall rank; empty when it has one. Only units ranked in every category
   * are ranked by total (không xếp hạng chung otherwise).
   */
  notRanked: NotRankedReason[];
  categories: NodeResult[];
  /** Every finding of the scored nodes, in document order. */
  findings: Finding[];
  /** Paths of scored nodes that had no input. */
  missing: string[];
}
