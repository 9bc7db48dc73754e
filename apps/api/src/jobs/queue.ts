/**
 * Heavy work as jobs in a PostgreSQL-backed queue (pg-boss): a publication's recomputation and a
 * unit import run in whichever API process takes them, are retried when that process dies or the
 * database drops it, and can be followed by id from any process (`job(id)` in GraphQL).
 *
 * On PostgreSQL pg-boss keeps its own small pool; on the embedded database its statements go through
 * the API's PGlite (pglite-sql.ts), so the default install runs the same code.
 *
 * Retries must not do the work twice: a job's work records its outcome (JobOutcome) in the same
 * transaction as the work itself, and a retry that finds it answers it again. A refusal (an AppError:
 * the period cannot be published, the file is not a catalogue) is an outcome too, never retried.
 */
import type { Db, Prisma, Tx } from '@chiso/db';
import { problem } from '@chiso/scoring';
import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';
import { connectionErrorLog } from '../connection-errors.ts';
import type { Context } from '../context.ts';
import { AppError, type FieldIssue, issueAt, type Message } from '../errors.ts';
import { pgliteSql } from './pglite-sql.ts';

/** One kind of job: its queue's name and its work. */
export interface JobDefinition<Input, Value> {
  kind: string;
  run(job: JobRun<Input>): Promise<Value>;
}

/** What a job's work is given. */
export interface JobRun<Input> {
  input: Input;
  /** Who asked: the audit's actor, the messages' language. */
  context: Context;
  /** Records the value in the work's own transaction (call it last, inside that transaction). */
  record(tx: Tx, value: unknown): Promise<void>;
  /** How far the work is, 0–1 (shown while the job is active; best effort, never awaited). */
  progress(fraction: number): void;
}

type Outcome = { value: unknown } | { error: { code: string; messages: Message; issues: FieldIssue[] } };

/** What `job(id)` answers. */
export interface JobStatus {
  id: string;
  kind: string;
  state: 'QUEUED' | 'ACTIVE' | 'RETRYING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';
  progress: number;
  attempts: number;
  error: { code: string; messages: Message } | null;
  /** What the work answered, once COMPLETED (as the mutation would have; JSON, as recorded). */
  value: unknown;
  /** The province of whoever started it; null for national roles, or once the queue's row is gone. */
  provinceId: string | null;
}

interface JobData {
  input: unknown;
  viewer: Context['viewer'];
  locale: Context['locale'];
}

export interface JobQueueOptions {
  db: Db;
  evidence: Context['evidence'];
  definitions: ReadonlyArray<JobDefinition<never, unknown>>;
  log: FastifyBaseLogger;
  /** How long a mutation waits for its job before answering JOB_UNFINISHED (it goes on running). */
  waitMs?: number;
  /** Seconds between a worker's looks for jobs, and before a first retry (tests wait less). */
  pollSeconds?: number;
  retryDelaySeconds?: number;
}

const SCHEMA = 'pgboss';
/**
 * Three attempts more after the first, 2 s then 4 s then 8 s apart. A job whose process died stays
 * active until it expires (5 minutes: a national publication takes well under one), then is retried.
 */
const QUEUE_POLICY = { retryLimit: 3, retryDelay: 2, retryBackoff: true, expireInSeconds: 300 };

export type JobQueue = ReturnType<typeof createJobQueue>;

export function createJobQueue({
  db,
  evidence,
  definitions,
  log,
  waitMs = 120_000,
  pollSeconds = 2,
  retryDelaySeconds = QUEUE_POLICY.retryDelay,
}: JobQueueOptions) {
  const policy = { ...QUEUE_POLICY, retryDelay: retryDelaySeconds };
  const kinds = new Map(definitions.map((definition) => [definition.kind, definition]));
  const workers = new Map<string, string>();
  /** Mutations of this process waiting for their jobs, told at once when this process did the work. */
  const waiting = new Map<string, (outcome: Outcome) => void>();
  let boss: PgBoss | undefined;
  let starting: Promise<PgBoss> | undefined;

  const start = () => {
    starting ??= (async () => {
      const created = db.$pglite
        ? new PgBoss({ db: pgliteSql(db.$pglite), schema: SCHEMA, schedule: false })
        : new PgBoss({
            connectionString: db.$postgresUrl as string,
            schema: SCHEMA,
            schedule: false,
            max: 2,
            application_name: 'chiso-jobs',
          });
      // Its pool's errors too (a connection the server ended): the pool drops it and opens another.
      created.on('error', (error) => log.error(connectionErrorLog(error), 'job queue error'));
      await created.start();
      for (const kind of kinds.keys()) {
        if (!(await created.getQueue(kind))) {
          await retryOnDeadlock(() => created.createQueue(kind, { name: kind, ...policy }));
        }
        const id = await created.work<JobData>(
          kind,
          { pollingIntervalSeconds: pollSeconds, batchSize: 1 },
          async ([job]) => (job ? perform(kind, job.id, job.data) : undefined),
        );
        workers.set(kind, id);
      }
      boss = created;
      return created;
    })();
    return starting;
  };

  /** A pg-boss handler: the work once, its outcome recorded; unexpected errors throw (pg-boss retries). */
  async function perform(kind: string, jobId: string, data: JobData): Promise<Outcome> {
    const definition = kinds.get(kind) as JobDefinition<unknown, unknown>;
    const done = await db.jobOutcome.findUnique({ where: { jobId } });
    if (done) return settle(jobId, done.outcome as Outcome);
    const context: Context = {
      db,
      evidence,
      viewer: data.viewer,
      locale: data.locale,
      session: { set: () => undefined, clear: () => undefined },
    };
    try {
      const value = await definition.run({
        input: data.input,
        context,
        record: (tx, recorded) =>
          tx.jobOutcome
            .create({ data: { jobId, queue: kind, outcome: { value: recorded } as Prisma.InputJsonValue } })
            .then(() => undefined),
        progress: (fraction) => reportProgress(kind, jobId, fraction),
      });
      return settle(jobId, { value });
    } catch (error) {
      if (!(error instanceof AppError)) {
        log.warn({ err: error, job: jobId, kind }, 'job failed; pg-boss retries it');
        throw error;
      }
      const outcome: Outcome = {
        error: { code: error.code, messages: error.messages, issues: error.issues },
      };
      await db.jobOutcome.upsert({
        where: { jobId },
        create: { jobId, queue: kind, outcome: outcome as unknown as Prisma.InputJsonValue },
        update: {},
      });
      return settle(jobId, outcome);
    }
  }

  function settle(jobId: string, outcome: Outcome): Outcome {
    waiting.get(jobId)?.(outcome);
    return outcome;
  }

  function reportProgress(kind: string, jobId: string, fraction: number) {
    // Only while active: pg-boss writes the job's final output over it when the job completes.
    boss
      ?.getDb()
      .executeSql(
        `UPDATE ${SCHEMA}.job SET output = jsonb_build_object('progress', $3::float8)
          WHERE name = $1 AND id = $2 AND state = 'active'`,
        [kind, jobId, Math.max(0, Math.min(1, fraction))],
      )
      .catch((error: unknown) => log.warn({ err: error, job: jobId }, 'job progress not recorded'));
  }

  /**
   * Runs `input` as a job and answers its value, or throws its refusal as it was — as the
   * mutation did when it worked in the request. A job still running after `waitMs` goes on; the
   * caller gets JOB_UNFINISHED with its id, to follow with `job(id)`.
   */
  async function run<Input, Value>(
    definition: JobDefinition<Input, Value>,
    input: Input,
    context: Context,
  ): Promise<Value> {
    const queue = await start();
    const data: JobData = { input, viewer: context.viewer, locale: context.locale };
    const jobId = (await queue.send(definition.kind, data as object, policy)) as string;
    const outcome = await new Promise<Outcome | 'failed' | 'waiting'>((resolve) => {
      const finish = (result: Outcome | 'failed' | 'waiting') => {
        clearInterval(poll);
        clearTimeout(timeout);
        waiting.delete(jobId);
        resolve(result);
      };
      waiting.set(jobId, finish);
      // Another process may have taken it (or a retry runs later): look in the database too.
      // Its outcome is there as soon as the work commits, even if pg-boss has not heard yet.
      const poll = setInterval(async () => {
        const done = await db.jobOutcome.findUnique({ where: { jobId } }).catch(() => null);
        if (done) return finish(done.outcome as Outcome);
        const state = await status(jobId).catch(() => null);
        if (state?.state === 'FAILED' || state?.state === 'CANCELLED') finish('failed');
      }, 500);
      const timeout = setTimeout(() => finish('waiting'), waitMs);
      queue.notifyWorker(workers.get(definition.kind) as string);
    });
    if (outcome === 'failed' || outcome === 'waiting') throw unfinished(jobId, outcome);
    if ('error' in outcome) {
      const { code, messages, issues } = outcome.error;
      throw new AppError(code as AppError['code'], messages, issues);
    }
    return outcome.value as Value;
  }

  /** A job's state, from any process: pg-boss's row, and the outcome the work recorded. */
  async function status(jobId: string): Promise<JobStatus | null> {
    const queue = await start();
    const [rows, done] = await Promise.all([
      queue.getDb().executeSql(
        `SELECT name, state, retry_count, output, data->'viewer'->>'provinceId' AS province
           FROM ${SCHEMA}.job WHERE id = $1
         UNION ALL SELECT name, state, retry_count, output, data->'viewer'->>'provinceId'
           FROM ${SCHEMA}.archive WHERE id = $1`,
        [jobId],
      ),
      db.jobOutcome.findUnique({ where: { jobId } }),
    ]);
    const row = rows.rows[0] as
      | {
          name: string;
          state: string;
          retry_count: number;
          output: { progress?: number } | null;
          province: string | null;
        }
      | undefined;
    if (!row && !done) return null;
    const refused =
      done && 'error' in (done.outcome as Outcome) ? (done.outcome as { error: Outcome }) : null;
    const state: JobStatus['state'] = refused ? 'FAILED' : done ? 'COMPLETED' : stateOf(row?.state);
    const attempts = (row?.retry_count ?? 0) + (row?.state === 'created' ? 0 : 1);
    const error = refused
      ? (refused.error as unknown as { code: string; messages: Message })
      : state === 'FAILED'
        ? jobFailed(attempts)
        : null;
    return {
      id: jobId,
      kind: row?.name ?? done?.queue ?? '',
      state,
      progress: state === 'COMPLETED' ? 1 : state === 'ACTIVE' ? Number(row?.output?.progress ?? 0) : 0,
      attempts,
      error: error && { code: error.code, messages: error.messages },
      value: done && !refused ? ((done.outcome as { value?: unknown }).value ?? null) : null,
      provinceId: row?.province ?? null,
    };
  }

  /** Jobs waiting to be taken, by kind (the /metrics gauge); none before the queue has started. */
  async function depth(): Promise<Map<string, number>> {
    const sizes = new Map<string, number>();
    if (!boss) return sizes;
    for (const kind of kinds.keys()) sizes.set(kind, (await boss.getQueueSize(kind)) ?? 0);
    return sizes;
  }

  async function stop() {
    if (!starting) return;
    const queue = await starting.catch(() => undefined);
    await queue?.stop({ graceful: true, wait: true, timeout: 5_000 });
  }

  return { start, run, status, depth, stop };
}

/**
 * Runs `work` again when PostgreSQL chose it as a deadlock's victim (40P01), a few times, a little
 * apart. Two API processes starting together both create the missing queues, and pg-boss's
 * create_queue (a row and its partition table) then deadlocks: the process that lost exited at start.
 */
export async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: unknown }).code !== '40P01' || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

const STATES: Record<string, JobStatus['state']> = {
  created: 'QUEUED',
  retry: 'RETRYING',
  active: 'ACTIVE',
  completed: 'COMPLETED',
  cancelled: 'CANCELLED',
  failed: 'FAILED',
};
const stateOf = (state: string | undefined): JobStatus['state'] => STATES[state ?? 'failed'] ?? 'FAILED';

const jobFailed = (attempts: number) => {
  const found = problem('JOB_FAILED', { attempts });
  return { code: found.code, messages: found.messages };
};

function unfinished(jobId: string, why: 'failed' | 'waiting'): AppError {
  const found =
    why === 'failed'
      ? problem('JOB_FAILED', { attempts: QUEUE_POLICY.retryLimit + 1 })
      : problem('JOB_RUNNING', { jobId });
  return new AppError('JOB_UNFINISHED', found.messages, [issueAt('job', found)], jobId);
}
