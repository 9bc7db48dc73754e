export { type CohortMember, type ScoreOptions, score, scoreCohort } from './aggregate.ts';
export * from './analysis/index.ts';
export { compareResults, type DeltaStatus, type NodeDelta, type ResultDelta } from './compare.ts';
export { fromHundredths, type Hundredths, ratio, toHundredths } from './decimal.ts';
export { describeCondition, describeFinding, describeLevel, describeNotRanked } from './describe.ts';
export { diffSets, type NodeChange, type SetDiff, type ValueChange } from './diff.ts';
export * from './fast/index.ts';
export { formatDate, formatNumber, formatPercent, formatPoints } from './format.ts';
export { inputFigure } from './input-figure.ts';
export { criteriaSetJsonSchema } from './json-schema.ts';
export {
  CodeMapping,
  CodeMappings,
  correspondNodes,
  type MappedNode,
  type MappingIssue,
  mappingIssues,
  type NodeCorrespondence,
} from './mapping.ts';
export * from './model/index.ts';
export * from './next-level/index.ts';
export {
  type CategoryStandingFacts,
  categoryNotRanked,
  externalReasons,
  NOT_RANKED_CODES,
  NOT_RANKED_TEXT,
  type NotRankedCode,
  type NotRankedReason,
  unitNotRanked,
} from './not-ranked.ts';
export * from './problems/index.ts';
export {
  type MethodRanked,
  type Rankable,
  type RankableResult,
  type RankBy,
  type Ranked,
  rankCohort,
  rankResults,
} from './rank.ts';
export type * from './result.ts';
export { checkRuleInput, describeRule } from './rules/index.ts';
export type { InputProblem } from './rules/kind.ts';
export type { FindingCode, Inputs, InputValue } from './rules/outcome.ts';
export { type ScoredNode, scoredNodes, scoredNodesByCode } from './scored-nodes.ts';
export { matchesSearch, searchName } from './search.ts';
export { type SyntheticOptions, seededRandom, syntheticInputs } from './synthetic.ts';
export { type CriterionLoss, weakestCriteria } from './weakest.ts';
