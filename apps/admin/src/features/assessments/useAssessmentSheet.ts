import { type Locale, type ScoredNode, scoredNodes } from '@chiso/scoring';
import { useCallback, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { KEPT_BY_PAGE } from '../../graphql/client.ts';
import { isForbidden, nodeOf } from '../../graphql/graphql.ts';
import { parseDocument, type RawInput, toRawInput } from '../../lib/scoring.ts';
import { useEvidence } from '../evidence/useEvidence.ts';
import { ASSESSMENT, type AssessmentEntry, type AssessmentState } from './operations.ts';
import { useCriteriaDocument } from './useCriteriaDocument.ts';

/**
 * One assessment as the entry and review pages both start from: the assessment (null when not found
 * or `forbidden`), its version's criteria set parsed for the browser's scorer, the scored nodes, and
 * its evidence by criterion. `loading` until both the assessment and its version's document are there;
 * `documentFailed` when the document could not be read.
 *
 * The assessment comes without the criteria document, which is read apart, once per version for the
 * console's life (`useCriteriaDocument`). The page's mutations answer the same fields (`AssessmentStateFields`),
 * `take` keeps such an answer, and the document cache never refetches the page's query (`KEPT_BY_PAGE`).
 * Whichever is newer (the revision) shows: an answer taken, or the query's own answer again (`reload`,
 * a rebase after a conflict).
 */
export function useAssessmentSheet(id: string) {
  // Past the document cache (KEPT_BY_PAGE): always the server's revision, never refetched by a mutation.
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ASSESSMENT,
    variables: { id },
    context: KEPT_BY_PAGE,
  });
  const opened = nodeOf(data?.node, 'Assessment');
  // The latest answer of the page's mutations; revisions grow with every write, so whichever of the two is
  // newer is the assessment as the server has it now (a reload answering later wins over older answers).
  const [taken, setTaken] = useState<AssessmentState | null>(null);
  const assessment = opened && taken?.id === opened.id && taken.revision > opened.revision ? taken : opened;
  const take = useCallback(
    (answer: AssessmentState) =>
      setTaken((old) => (old && old.id === answer.id && old.revision > answer.revision ? old : answer)),
    [],
  );
  const criteria = useCriteriaDocument(assessment?.version);
  const set = useMemo(() => parseDocument(criteria.document), [criteria.document]);
  const nodes = useMemo(() => (set ? scoredNodes(set) : []), [set]);
  const evidence = useEvidence(id);
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return {
    assessment,
    forbidden: isForbidden(error),
    loading: (fetching && !data) || criteria.loading,
    documentFailed: criteria.failed,
    set,
    nodes,
    evidence,
    take,
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
