import { type Locale, type ScoredNode, scoredNodes } from '@chiso/scoring';
import { useCallback, useMemo } from 'react';
import { useQuery } from 'urql';
import { isForbidden, nodeOf } from '../../graphql/graphql.ts';
import { parseDocument, type RawInput, toRawInput } from '../../lib/scoring.ts';
import { useEvidence } from '../evidence/useEvidence.ts';
import { ASSESSMENT, type AssessmentEntry } from './operations.ts';

/**
 * One assessment as the entry and review pages both start from: the assessment (null when not found
 * or `forbidden`), its version's criteria set parsed for the browser's scorer, the scored nodes, and
 * its evidence by criterion.
 */
export function useAssessmentSheet(id: string) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ASSESSMENT, variables: { id } });
  const assessment = nodeOf(data?.node, 'Assessment');
  const document = assessment?.version?.document;
  const set = useMemo(() => parseDocument(document), [document]);
  const nodes = useMemo(() => (set ? scoredNodes(set) : []), [set]);
  const evidence = useEvidence(id);
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return {
    assessment,
    forbidden: isForbidden(error),
    loading: fetching && !data,
    set,
    nodes,
    evidence,
    reload,
  };
}

/** Entries by criterion code. */
export const entriesByCode = (entries: readonly AssessmentEntry[] | null | undefined) =>
  new Map((entries ?? []).map((entry) => [entry.nodeCode, entry]));

/** Each scored node's stored input as its widget edits it. */
export function rawInputs(
  nodes: readonly ScoredNode[],
  entries: ReadonlyMap<string, AssessmentEntry>,
  locale: Locale,
): Record<string, RawInput> {
  const values: Record<string, RawInput> = {};
  for (const { code, rule } of nodes) values[code] = toRawInput(rule, entries.get(code)?.input, locale);
  return values;
}
