import type { ScoredNode } from '@chiso/scoring';

/**
 * Criteria whose evidence is required but missing and that have no written explanation yet:
 * the server refuses the submission for them, so the page says so before.
 */
export function missingExplanations(
  nodes: readonly Pick<ScoredNode, 'code' | 'node'>[],
  evidenceCount: (code: string) => number,
  explanations: Readonly<Record<string, string>>,
): string[] {
  return nodes
    .filter(
      ({ code, node }) =>
        node.evidence?.required === true && evidenceCount(code) === 0 && !explanations[code]?.trim(),
    )
    .map(({ code }) => code);
}
