/**
 * CPU-heavy work off the request thread: a pool of worker threads (piscina) running the jobs of
 * thread.ts, so that the request thread — and the embedded database, when it lives on it — keeps
 * answering (`/healthz` within 100 ms) while a report renders or a criteria file is read.
 *
 * The pool starts with the first job and its threads stop after a minute without work. Jobs get and
 * give plain data (structured clone): the request thread reads the database and sends what a job needs.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { AppError, requestTimedOut } from '../errors.ts';
import { type Answer, unwrap } from './answer.ts';
import type * as cohortResults from './cohort-results.ts';
import type * as criteriaYaml from './criteria-yaml.ts';
import { JOB_FILES } from './jobs.ts';
import type * as reportFile from './report-file.ts';

interface Jobs {
  criteriaYaml: typeof criteriaYaml.run;
  reportFile: typeof reportFile.run;
  cohortResults: typeof cohortResults.run;
}
export type JobName = keyof typeof JOB_FILES & keyof Jobs;
type JobInput<N extends JobName> = Parameters<Jobs[N]>[0];
type JobOutput<N extends JobName> = Awaited<ReturnType<Jobs[N]>> extends Answer<infer T> ? T : never;

/** Set to true by scripts/build.ts: the server runs from dist/, and so do its jobs. */
declare const CHISO_BUNDLE: boolean | undefined;
const bundled = typeof CHISO_BUNDLE !== 'undefined' && CHISO_BUNDLE;

/** A job's file: in the bundle, import.meta.url names this source file (scripts/build.ts), dist/ is two folders up. */
const fileOf = (name: JobName) =>
  fileURLToPath(
    new URL(bundled ? `../../dist/worker-${JOB_FILES[name]}.js` : `./${JOB_FILES[name]}.ts`, import.meta.url),
  );

let pool: Piscina | undefined;

function workerPool(): Piscina {
  pool ??= new Piscina({
    // From the sources (tsx, vitest) a thread compiles TypeScript as it requires a job's file.
    ...(bundled ? {} : { execArgv: ['--require', createRequire(import.meta.url).resolve('tsx/cjs')] }),
    minThreads: 0,
    // One core stays with the request thread (the machine the API is sized for has two).
    maxThreads: Number(process.env.CHISO_WORKER_THREADS) || Math.max(1, availableParallelism() - 1),
    idleTimeout: 60_000,
    // A hostile document that passes the limits must not take the process down with it.
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
  });
  // A thread that dies fails its task; without a listener its 'error' would also end the process.
  pool.on('error', (error) => console.error('chiso: a worker thread failed', error));
  return pool;
}

/**
 * How many jobs this process's worker threads have finished: what shows, in a test, that a request's
 * heavy work ran on a thread and not on the request thread (bench:load measures what that buys:
 * `/healthz` answering within 100 ms meanwhile).
 */
export const workerJobsCompleted = (): number => pool?.completed ?? 0;

/**
 * Runs a job on a worker thread. An aborted signal (the request's time budget ran out, or its caller
 * left) takes the job out of the queue or stops its thread, and the job answers REQUEST_TIMEOUT.
 */
export async function runJob<N extends JobName>(
  name: N,
  input: JobInput<N>,
  signal?: AbortSignal,
): Promise<JobOutput<N>> {
  if (signal?.aborted) throw stopped(signal);
  try {
    const answer: Answer<JobOutput<N>> = await workerPool().run(input, {
      filename: fileOf(name),
      name: 'run',
      ...(signal ? { signal } : {}),
    });
    return unwrap(answer);
  } catch (error) {
    if (signal?.aborted) throw stopped(signal);
    throw error;
  }
}

/** REQUEST_TIMEOUT, with the budget when the time budget gave it as the reason. */
const stopped = (signal: AbortSignal) =>
  signal.reason instanceof AppError ? signal.reason : requestTimedOut();
