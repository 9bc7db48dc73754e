/**
 * A heavy mutation (publication, unit import) runs as a background job; past its wait the API answers
 * JOB_UNFINISHED with the job's id and the work goes on. What the console then knows, as a pure
 * reducer (useJob.ts polls): the mutation's own outcome, or waiting for the job, until `job(id)`
 * says it completed (its answer, as the mutation would have given it) or failed (its problem).
 */
import type { AppError } from './errors.ts';
import { graphql, type ResultOf } from './graphql.ts';
import type { Outcome } from './useAction.ts';

/** What is read of every job; a screen's query adds the field holding its own answer. */
export const JobFields = graphql(`
  fragment JobFields on Job @_unmask {
    id
    state
    progress
    errorCode
    errorMessage { vi en }
  }
`);

export type Job = ResultOf<typeof JobFields>;

/** A polled job with its answer, once completed: what the mutation would have answered. */
export type PolledJob<T> = Job & { value: T | null };

export type JobState<T> =
  | { phase: 'idle' }
  | { phase: 'waiting'; jobId: string; progress: number }
  | { phase: 'done'; outcome: Outcome<T> };

export type JobEvent<T> =
  | { type: 'answered'; outcome: Outcome<T> }
  | { type: 'polled'; job: PolledJob<T> }
  | { type: 'reset' };

export const idleJob = { phase: 'idle' } as const;

const isUnfinished = (error: AppError | string): error is AppError & { jobId: string } =>
  typeof error !== 'string' && error.code === 'JOB_UNFINISHED' && !!error.jobId;

/**
 * The job's failure as the mutation would have answered it: a refusal with its own code (an AppError's)
 * and vi/en message; a job that failed for good as JOB_UNFINISHED whose issue is JOB_FAILED.
 */
function failure(job: PolledJob<unknown>): AppError {
  const messages = job.errorMessage ?? { vi: 'Tác vụ chạy nền thất bại.', en: 'The background job failed.' };
  const refusal = job.errorCode !== null && job.errorCode !== 'JOB_FAILED';
  return {
    __typename: 'AppError',
    code: refusal ? (job.errorCode as AppError['code']) : 'JOB_UNFINISHED',
    message: messages.en,
    messages,
    issues: refusal ? [] : [{ path: 'job', code: 'JOB_FAILED', messages }],
    jobId: job.id,
  };
}

/** A job the queue calls completed although no answer was recorded for it: said, not waited on forever. */
function unanswered(job: PolledJob<unknown>): AppError {
  const messages = {
    vi: 'Tác vụ chạy nền đã xong nhưng không gửi lại kết quả; hãy tải lại trang để xem việc đã làm.',
    en: 'The background job finished without sending back its answer; reload the page to see what it did.',
  };
  return {
    __typename: 'AppError',
    code: 'JOB_UNFINISHED',
    message: messages.en,
    messages,
    issues: [],
    jobId: job.id,
  };
}

export function jobReducer<T>(state: JobState<T>, event: JobEvent<T>): JobState<T> {
  switch (event.type) {
    case 'reset':
      return idleJob;
    case 'answered': {
      const { outcome } = event;
      if (!outcome.ok && isUnfinished(outcome.error))
        return { phase: 'waiting', jobId: outcome.error.jobId, progress: 0 };
      return { phase: 'done', outcome };
    }
    case 'polled': {
      const { job } = event;
      // A late answer for a job no longer followed changes nothing.
      if (state.phase !== 'waiting' || job.id !== state.jobId) return state;
      // COMPLETED comes with the answer the job recorded in its own transaction.
      if (job.state === 'COMPLETED') {
        return {
          phase: 'done',
          outcome: job.value !== null ? { ok: true, data: job.value } : { ok: false, error: unanswered(job) },
        };
      }
      if (job.state === 'FAILED' || job.state === 'CANCELLED')
        return { phase: 'done', outcome: { ok: false, error: failure(job) } };
      return job.progress === state.progress ? state : { ...state, progress: job.progress };
    }
  }
}
