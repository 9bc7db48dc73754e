import type { Text } from './types.ts';

export type ResultNodeKind = 'CATEGORY' | 'GROUP' | 'CRITERION' | 'INDICATOR';
export type DeltaStatus = 'ADDED' | 'CHANGED' | 'REMOVED' | 'UNCHANGED';

export interface ResultNode {
  code: string;
  kind: ResultNodeKind;
  name: Text | null;
  path: string;
  points: number | null;
  maxPoints: number | null;
  share: number | null;
  level: number | null;
  levelText: string | null;
  notRanked: boolean | null;
  notRankedReason: string | null;
  rank: number | null;
  overridden: boolean | null;
}

export interface NodeDelta {
  code: string;
  kind: ResultNodeKind | null;
  before: number | null;
  after: number | null;
  delta: number | null;
  beforeLevel: number | null;
  afterLevel: number | null;
  status: DeltaStatus | null;
}

export interface ResultDelta {
  points: number | null;
  previousPoints: number | null;
  previousMaxPoints: number | null;
  previousPeriodCode: string | null;
  previousPeriodName: string | null;
  previousRank: number | null;
  nodes: NodeDelta[] | null;
}

export interface AssessmentResultView {
  id: string;
  status: string;
  unit: { id: string; name: string } | null;
  period: { id: string; code: string; name: string } | null;
  unitGroup: { id: string; name: string; nameEn: string } | null;
  version: { version: string; set: { code: string; name: Text } } | null;
  result: {
    points: number | null;
    maxPoints: number | null;
    index: number | null;
    rank: number | null;
    band: string | null;
    computedAt: string | null;
    nodes: ResultNode[] | null;
    delta: ResultDelta | null;
  } | null;
}

export const ASSESSMENT_RESULT = `query AssessmentResult($id: ID!) {
  node(id: $id) {
    ... on Assessment { id status
      unit { id name }
      period { id code name }
      unitGroup { id name nameEn }
      version { version set { code name { vi en } } }
      result { points maxPoints index rank band computedAt
        nodes { code kind name { vi en } path points maxPoints share level levelText notRanked notRankedReason rank overridden }
        delta { points previousPoints previousMaxPoints previousPeriodCode previousPeriodName previousRank
          nodes { code kind before after delta beforeLevel afterLevel status } } } }
  }
}`;
