/**
 * The job queue on a real database (PGlite for `test`, PostgreSQL for `test:pg`): a job whose process
 * dies after its work committed is retried and answers what it did without doing it again; a refusal
 * is answered as it was and never retried. (The publication and the unit import run through it in
 * every test that publishes or imports through GraphQL.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../context.ts';
import { AppError, invalidTransition } from '../errors.ts';
import { LocalEvidenceStore } from '../evidence/local-store.ts';
import { testBackends } from '../test/harness.ts';
import { createJobQueue, type JobDefinition, type JobQueue, retryOnDeadlock } from './queue.ts';

const silent = { error() {}, warn() {} } as unknown as Parameters<typeof createJobQueue>[0]['log'];

describe.each(await testBackends())('job queue on $name', (backend) => {
  let database: Awaited<ReturnType<typeof backend.open>>;
  let queue: JobQueue;
  let context: Context;
  let attempts = 0;

  /** Writes an audit row and records its answer in one transaction; the first attempt then "dies". */
  const crashAfterCommit: JobDefinition<{ entity: string }, { written: string }> = {
    kind: 'test-crash-after-commit',
    async run({ input, context: job, record }) {
      attempts++;
      const value = await job.db.$transaction(async (tx) => {
        const row = await tx.auditLog.create({
          data: { actorKind: 'system', action: 'test.job', entityType: 'Test', entityId: input.entity },
        });
        await record(tx, { written: row.id });
        return { written: row.id };
      });
      if (attempts === 1) throw new Error('the process died before pg-boss heard of it');
      return value;
    },
  };
  const refused: JobDefinition<object, never> = {
    kind: 'test-refused',
    run: async () => {
      throw invalidTransition({ vi: 'Không thể công bố.', en: 'Cannot publish.' });
    },
  };

  beforeAll(async () => {
    database = await backend.open();
    queue = createJobQueue({
      db: database.db,
      evidence: new LocalEvidenceStore({ root: '/nonexistent' }),
      definitions: [crashAfterCommit, refused] as never,
      log: silent,
      pollSeconds: 0.5,
      retryDelaySeconds: 1,
    });
    context = {
      db: database.db,
      evidence: new LocalEvidenceStore({ root: '/nonexistent' }),
      viewer: { kind: 'anonymous' },
      locale: 'vi',
      session: { set() {}, clear() {} },
    };
  });
  afterAll(async () => {
    await queue?.stop();
    await database?.drop();
  });

  it.skipIf(!backend.enabled)(
    'retries a job that died after its commit: same answer, work done once',
    async () => {
      const answer = await queue.run(crashAfterCommit, { entity: 'once' }, context);
      const rows = await database.db.auditLog.findMany({ where: { action: 'test.job', entityId: 'once' } });
      expect(rows.map((row) => row.id)).toEqual([answer.written]);
      const [job] = await database.db.jobOutcome.findMany({ where: { queue: crashAfterCommit.kind } });
      // pg-boss retries it (a second later here); the retry finds the outcome and completes with it.
      const bossState = async () =>
        (
          await database.db.$queryRaw<[{ state: string }]>`
          SELECT state::text FROM pgboss.job WHERE id = ${job?.jobId}::uuid`
        )[0]?.state;
      await expect.poll(bossState, { timeout: 15_000, interval: 250 }).toBe('completed');
      expect(attempts).toBe(1);
      expect(await database.db.auditLog.count({ where: { action: 'test.job' } })).toBe(1);
      expect(await queue.status(job?.jobId as string)).toMatchObject({
        state: 'COMPLETED',
        attempts: 2,
        value: answer,
      });
      expect(await queue.depth()).toEqual(
        new Map([
          [crashAfterCommit.kind, 0],
          [refused.kind, 0],
        ]),
      );
    },
  );

  it.skipIf(!backend.enabled)('answers a refusal as it was, once, and shows it on the job', async () => {
    const error = await queue.run(refused, {}, context).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_TRANSITION');
    const [job] = await database.db.jobOutcome.findMany({ where: { queue: refused.kind } });
    expect(await queue.status(job?.jobId as string)).toMatchObject({
      state: 'FAILED',
      attempts: 1,
      error: { code: 'INVALID_TRANSITION', messages: { vi: 'Không thể công bố.' } },
    });
  });

  it.skipIf(!backend.enabled)(
    'a job outlasting its mutation’s wait answers JOB_UNFINISHED with its id; job(id) then has its answer',
    async () => {
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      const slow: JobDefinition<object, { done: true }> = {
        kind: 'test-slow',
        run: async ({ context: job, record }) => {
          await released;
          return job.db.$transaction(async (tx) => {
            await record(tx, { done: true });
            return { done: true } as const;
          });
        },
      };
      const impatient = createJobQueue({
        db: database.db,
        evidence: new LocalEvidenceStore({ root: '/nonexistent' }),
        definitions: [slow] as never,
        log: silent,
        pollSeconds: 0.5,
        waitMs: 100,
      });
      try {
        const error = (await impatient.run(slow, {}, context).catch((caught: unknown) => caught)) as AppError;
        expect(error.code).toBe('JOB_UNFINISHED');
        expect((await impatient.status(error.jobId as string))?.state).toMatch(/QUEUED|ACTIVE/);
        release();
        await expect
          .poll(() => impatient.status(error.jobId as string), { timeout: 10_000, interval: 100 })
          .toMatchObject({ state: 'COMPLETED', value: { done: true } });
      } finally {
        release();
        await impatient.stop();
      }
    },
  );
});

describe('starting beside another process', () => {
  const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01' });

  it('tries again when PostgreSQL ends the work as a deadlock’s victim, and gives up after a few', async () => {
    let calls = 0;
    const twice = () => (++calls <= 2 ? Promise.reject(deadlock()) : Promise.resolve('created'));
    expect(await retryOnDeadlock(twice)).toBe('created');
    expect(calls).toBe(3);
    calls = 0;
    const always = () => {
      calls++;
      return Promise.reject(deadlock());
    };
    await expect(retryOnDeadlock(always, 3)).rejects.toMatchObject({ code: '40P01' });
    expect(calls).toBe(3);
  });

  it('does not retry any other error', async () => {
    let calls = 0;
    const refused = Object.assign(new Error('permission denied'), { code: '42501' });
    const denied = () => {
      calls++;
      return Promise.reject(refused);
    };
    await expect(retryOnDeadlock(denied)).rejects.toBe(refused);
    expect(calls).toBe(1);
  });
});
