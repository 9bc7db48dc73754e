import { describe, expect, it } from 'vitest';
import type { AppError } from './errors.ts';
import { idleJob, type JobState, jobReducer, type PolledJob } from './job-state.ts';

type Published = { cohortCount: number };
const JOB_ID = '0193a1b2-0000-7000-8000-000000000000';
const unfinished: AppError = {
  __typename: 'AppError',
  code: 'JOB_UNFINISHED',
  message: 'the job is still running in the background',
  messages: { vi: 'Tác vụ vẫn đang chạy nền', en: 'the job is still running in the background' },
  issues: [],
  jobId: JOB_ID,
};
const polled = (job: Partial<PolledJob<Published>>): PolledJob<Published> => ({
  id: JOB_ID,
  state: 'ACTIVE',
  progress: 0,
  errorCode: null,
  errorMessage: null,
  value: null,
  ...job,
});
const waiting = jobReducer<Published>(idleJob, {
  type: 'answered',
  outcome: { ok: false, error: unfinished },
});

describe('jobReducer', () => {
  it('settles at once with the mutation’s own answer or refusal', () => {
    const data = { cohortCount: 3 };
    expect(jobReducer<Published>(idleJob, { type: 'answered', outcome: { ok: true, data } })).toEqual({
      phase: 'done',
      outcome: { ok: true, data },
    });
    const refused = { ...unfinished, code: 'INVALID_TRANSITION' as const, jobId: null };
    expect(
      jobReducer<Published>(idleJob, { type: 'answered', outcome: { ok: false, error: refused } }),
    ).toEqual({
      phase: 'done',
      outcome: { ok: false, error: refused },
    });
  });

  it('on JOB_UNFINISHED waits for the job, following its progress, until it completes with its answer', () => {
    expect(waiting).toEqual({ phase: 'waiting', jobId: JOB_ID, progress: 0 });
    const queued = jobReducer(waiting, { type: 'polled', job: polled({ state: 'QUEUED' }) });
    expect(queued).toBe(waiting);
    const halfway = jobReducer(queued, { type: 'polled', job: polled({ progress: 0.5 }) });
    expect(halfway).toEqual({ phase: 'waiting', jobId: JOB_ID, progress: 0.5 });
    const retrying = jobReducer(halfway, {
      type: 'polled',
      job: polled({ state: 'RETRYING', progress: 0.5 }),
    });
    expect(retrying).toBe(halfway);
    const done = jobReducer(retrying, {
      type: 'polled',
      job: polled({ state: 'COMPLETED', progress: 1, value: { cohortCount: 3 } }),
    });
    expect(done).toEqual({ phase: 'done', outcome: { ok: true, data: { cohortCount: 3 } } });
    // A late answer (another poll still in flight) changes nothing once settled.
    expect(jobReducer(done, { type: 'polled', job: polled({ state: 'FAILED' }) })).toBe(done);
  });

  it('a failed job settles with its problem code and vi/en message', () => {
    const messages = { vi: 'Kỳ chưa thể công bố', en: 'the period cannot be published' };
    const failed = jobReducer(waiting, {
      type: 'polled',
      job: polled({ state: 'FAILED', errorCode: 'INVALID_TRANSITION', errorMessage: messages }),
    }) as Extract<JobState<Published>, { phase: 'done' }>;
    expect(failed.outcome).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', messages } });
    // Failed for good (no refusal): as the mutation answers it, JOB_UNFINISHED with the issue JOB_FAILED.
    const cancelled = jobReducer(waiting, { type: 'polled', job: polled({ state: 'CANCELLED' }) });
    expect(cancelled).toMatchObject({
      phase: 'done',
      outcome: {
        ok: false,
        error: { code: 'JOB_UNFINISHED', issues: [{ path: 'job', code: 'JOB_FAILED' }] },
      },
    });
    const retried = jobReducer(waiting, {
      type: 'polled',
      job: polled({ state: 'FAILED', errorCode: 'JOB_FAILED', errorMessage: messages }),
    });
    expect(retried).toMatchObject({
      outcome: { ok: false, error: { code: 'JOB_UNFINISHED', messages, issues: [{ code: 'JOB_FAILED' }] } },
    });
  });

  it('settles a job completed without an answer, saying to reload, instead of waiting forever', () => {
    const done = jobReducer(waiting, { type: 'polled', job: polled({ state: 'COMPLETED', progress: 1 }) });
    expect(done).toMatchObject({ phase: 'done', outcome: { ok: false, error: { code: 'JOB_UNFINISHED' } } });
    const { error } = (done as Extract<JobState<Published>, { phase: 'done' }>).outcome as {
      error: AppError;
    };
    expect(error.messages.vi).toContain('tải lại trang');
    expect(error.messages.en).toContain('reload the page');
  });

  it('ignores another job’s answer, and forgets on reset', () => {
    const other = polled({ id: 'another', state: 'COMPLETED', value: { cohortCount: 1 } });
    expect(jobReducer(waiting, { type: 'polled', job: other })).toBe(waiting);
    expect(jobReducer(waiting, { type: 'reset' })).toEqual(idleJob);
  });
});
