import type { TadaDocumentNode } from 'gql.tada';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useClient } from 'urql';
import { idleJob, type Job, type JobState, jobReducer } from './job-state.ts';
import type { Outcome } from './useAction.ts';

/** How often a job still at work is asked about: a publication takes seconds to minutes. */
const POLL_MS = 3_000;

/**
 * Follows a heavy mutation's answer: `follow(outcome)` settles with it at once, or — when the API
 * answered JOB_UNFINISHED — polls `job(id)` every few seconds and settles with the job's answer
 * (`answer` picks it from the query's job) or its failure. `state.phase === 'waiting'` meanwhile.
 */
export function useJob<Data extends { job: Job }, T>(
  query: TadaDocumentNode<Data, { id: string }>,
  answer: (job: Data['job']) => T | null | undefined,
) {
  const client = useClient();
  const [state, dispatch] = useReducer(jobReducer<T>, idleJob as JobState<T>);
  const settle = useRef<((outcome: Outcome<T>) => void) | null>(null);
  const pick = useRef(answer);
  pick.current = answer;

  const jobId = state.phase === 'waiting' ? state.jobId : null;
  useEffect(() => {
    if (!jobId) return;
    const timer = setInterval(async () => {
      const result = await client.query(query, { id: jobId }, { requestPolicy: 'network-only' }).toPromise();
      const job = result.data?.job;
      // A failed look (network, restart) is tried again at the next tick: the job goes on.
      if (job) dispatch({ type: 'polled', job: { ...job, value: pick.current(job) ?? null } });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [client, query, jobId]);

  useEffect(() => {
    if (state.phase !== 'done') return;
    settle.current?.(state.outcome);
    settle.current = null;
  }, [state]);

  const follow = useCallback(
    (outcome: Outcome<T>) =>
      new Promise<Outcome<T>>((resolve) => {
        settle.current = resolve;
        dispatch({ type: 'answered', outcome });
      }),
    [],
  );
  return { state, waiting: state.phase === 'waiting', follow };
}
