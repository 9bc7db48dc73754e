export { type Distribution, describeDistribution, type NodeValue, quantile } from './distribution.ts';
export {
  type BlockingGroup,
  blockingGroups,
  type NodeLoss,
  type NodeRow,
  type NotRankedCategory,
  pointsLost,
} from './losses.ts';
