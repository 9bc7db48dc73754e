export { bandOf, checkBands, EGDI_BANDS, type IndexBand } from './bands.ts';
export { type Distribution, describeDistribution, type NodeValue, quantile } from './distribution.ts';
export { combinePredecessors, type LineageRule } from './lineage.ts';
export {
  type BlockingGroup,
  blockingGroups,
  type NodeLoss,
  type NodeRow,
  type NotRankedCategory,
  pointsLost,
} from './losses.ts';
export { type Moments, minMax, moments, zScores } from './normalise.ts';
export { type RankMove, type WeightedUnit, type WeightScenario, weightSensitivity } from './sensitivity.ts';
