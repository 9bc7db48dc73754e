import type { CriteriaSet, Inputs, WhatIfBasis } from '@chiso/scoring';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { nodeOf } from '../../graphql/graphql.ts';
import { hundredths } from '../../lib/locale.ts';
import { parseDocument } from '../../lib/scoring.ts';
import { useCriteriaDocument } from '../assessments/useCriteriaDocument.ts';
import { WHAT_IF_BASIS } from './operations.ts';

/**
 * The criteria set and what-if basis of one assessment, as @chiso/scoring takes them (hundredths),
 * with the effort weights the Sở stored for the set;
 * null until loaded, when `enabled` is false, or when the version document does not parse.
 */
export function useWhatIfBasis(
  assessmentId: string,
  enabled: boolean,
): { set: CriteriaSet; basis: WhatIfBasis; effort: Record<string, number> } | null {
  const [{ data }] = useQuery({ query: WHAT_IF_BASIS, variables: { id: assessmentId }, pause: !enabled });
  const assessment = nodeOf(data?.node, 'Assessment');
  // The document once per version, as the entry and review pages read it (no copy with every result).
  const { document } = useCriteriaDocument(assessment?.version);
  const set = useMemo(() => parseDocument(document), [document]);
  return useMemo(() => {
    const loaded = data?.whatIfBasis;
    if (!loaded || !set) return null;
    const basis: WhatIfBasis = {
      // The cohort's members are the other units: no id of theirs is sent, none can match this one.
      id: assessmentId,
      inputs: (loaded.inputs ?? {}) as Inputs,
      overrides: (loaded.overrides ?? {}) as Record<string, number>,
      cohortBest: (loaded.cohortBest ?? {}) as Record<string, number>,
      cohort: loaded.cohort.map((member, index) => ({
        id: `other-${index}`,
        points: hundredths(member.points),
        maxPoints: hundredths(member.maxPoints),
        ranked: member.ranked,
      })),
    };
    const effort = Object.fromEntries(
      (assessment?.version?.set.efforts ?? []).map((entry) => [entry.code, entry.weight]),
    );
    return { set, basis, effort };
  }, [data, assessment, set, assessmentId]);
}
