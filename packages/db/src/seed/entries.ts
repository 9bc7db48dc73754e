import {
  type CriteriaSet,
  type Inputs,
  type NodeResult,
  score,
  syntheticInputs,
  walkSet,
} from '@chiso/scoring';

export interface DemoEntry {
  nodeCode: string;
  input: unknown;
  selfPoints: number;
  explanation: string | null;
  reviewedPoints: number | null;
  reviewerComment: string | null;
}

const EXPLANATION =
  'Số liệu tổng hợp từ hệ thống quản lý văn bản và Cổng dịch vụ công của tỉnh; hồ sơ gốc lưu tại đơn vị.';
const REVIEW_COMMENT = 'Minh chứng chưa đầy đủ theo hướng dẫn; điều chỉnh theo số liệu hệ thống của Sở.';

/**
 * A unit's figures for one set, as it would report them: plausible for its maturity, scored by the
 * engine, with a written explanation where evidence is required, and — when reviewed — a few points
 * lowered by the reviewer with a comment.
 */
export function demoEntries(
  set: CriteriaSet,
  options: { maturity: number; random: () => number; filled?: number; reviewed?: boolean },
): DemoEntry[] {
  const inputs: Inputs = syntheticInputs(set, { maturity: options.maturity, random: options.random });
  const points = leafPoints(score(set, inputs).categories);
  const evidenceRequired = new Set(
    [...walkSet(set)].flatMap(({ node }) =>
      'evidence' in node && node.evidence?.required ? [node.code] : [],
    ),
  );
  const codes = Object.keys(inputs);
  const filled = Math.round(codes.length * (options.filled ?? 1));
  return codes.slice(0, filled).map((nodeCode, index) => {
    const selfPoints = points.get(nodeCode) ?? 0;
    // A reviewer lowers a few claimed points (every 17th scored node that earned something).
    const adjusted = options.reviewed && index % 17 === 5 && selfPoints > 0;
    return {
      nodeCode,
      input: inputs[nodeCode],
      selfPoints,
      explanation: evidenceRequired.has(nodeCode) ? EXPLANATION : null,
      reviewedPoints: adjusted ? Math.floor(selfPoints / 2) : null,
      reviewerComment: adjusted ? REVIEW_COMMENT : null,
    };
  });
}

function leafPoints(nodes: readonly NodeResult[], into = new Map<string, number>()): Map<string, number> {
  for (const node of nodes) {
    if (node.children.length === 0) into.set(node.code, node.points);
    else leafPoints(node.children, into);
  }
  return into;
}
