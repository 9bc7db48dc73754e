import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '../client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { testUnit as unit } from '../test-backends.ts';
import { DumpBlob } from './cluster.ts';

/** A data folder holding this run's migrated, empty template (no initdb, no migrations: a second). */
async function templateFolder(folder: string): Promise<string> {
  const dump = inject('chisoTemplates')?.pglite?.empty;
  if (!dump) throw new Error('no PGlite template: the global setup of @chiso/testing provides it');
  const dataDir = join(folder, 'db');
  const pglite = await PGlite.create(dataDir, { loadDataDir: new DumpBlob(await readFile(dump)) });
  await pglite.close();
  return dataDir;
}

// PGlite on its own thread, as the server runs it: every statement here goes through worker.ts.
describe('the embedded database on its own thread', { timeout: 60_000 }, () => {
  let folder: string;
  let dataDir: string;
  let db: Db;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'chiso-pglite-thread-'));
    dataDir = await templateFolder(folder);
    db = await createPrismaClient({ dataDir, thread: 'worker', migrate: false });
  }, 120_000);
  afterAll(async () => {
    await db?.$close();
    await rm(folder, { recursive: true, force: true });
  });

  it('creates, reads, updates and deletes through Prisma', async () => {
    const created = await db.unit.create({ data: unit('901', 'Huyện Một') });
    expect(created.validFrom).toEqual(new Date('2022-10-01'));
    await db.unit.update({ where: { id: created.id }, data: { name: 'Huyện Một Mới' } });
    expect(await db.unit.findUnique({ where: { id: created.id } })).toMatchObject({ name: 'Huyện Một Mới' });
    await db.unit.delete({ where: { id: created.id } });
    expect(await db.unit.count({ where: { code: '901' } })).toBe(0);
    expect(db.$statements.statements).toBeGreaterThan(0);
  });

  it.runIf(process.platform === 'linux')('runs at a lower priority than the request thread', async () => {
    // Each thread of this process with its nice value (/proc: the 19th field of its stat).
    const tasks = await readdir('/proc/self/task');
    const nice = await Promise.all(
      tasks.map(async (task) => {
        const stat = await readFile(`/proc/self/task/${task}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      }),
    );
    expect(nice).toContain(5);
    expect(nice[tasks.indexOf(String(process.pid))]).toBe(0);
  });

  it('hands back answers that queued up one turn of the event loop each', async () => {
    // A turn counter: an immediate that queues itself runs once per turn of the loop.
    let turn = 0;
    let ticking = true;
    const tick = () => {
      turn += 1;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const turns: number[] = [];
    const asked = Array.from({ length: 5 }, () => db.$queryRaw`SELECT 1`.then(() => turns.push(turn)));
    // The request thread busy while the database answers all five: the answers queue on the port.
    const busyUntil = performance.now() + 300;
    while (performance.now() < busyUntil);
    await Promise.all(asked);
    ticking = false;
    expect(new Set(turns).size).toBe(5);
  });

  it('commits an interactive transaction, and rolls one back leaving nothing', async () => {
    await db.$transaction(async (tx) => {
      await tx.unit.create({ data: unit('902', 'Huyện Hai') });
      await tx.unit.create({ data: unit('903', 'Huyện Ba') });
    });
    const failure = new Error('changed my mind');
    await expect(
      db.$transaction(async (tx) => {
        await tx.unit.create({ data: unit('904', 'Huyện Bốn') });
        expect(await tx.unit.count({ where: { code: '904' } })).toBe(1);
        throw failure;
      }),
    ).rejects.toBe(failure);
    const codes = (await db.unit.findMany({ where: { code: { in: ['902', '903', '904'] } } })).map(
      (u) => u.code,
    );
    expect(codes.sort()).toEqual(['902', '903']);
  });

  it("answers a unique violation as Prisma's P2002", async () => {
    await db.unit.create({ data: unit('905', 'Huyện Năm') });
    const error = await db.unit.create({ data: unit('905', 'Huyện Năm') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect(error).toMatchObject({ code: 'P2002' });
  });

  it("keeps PostgreSQL's error code on the small interface's errors", async () => {
    const pglite = db.$pglite as NonNullable<Db['$pglite']>;
    await expect(pglite.query('SELECT * FROM missing_table')).rejects.toMatchObject({ code: '42P01' });
  });

  it('delivers a trigger’s notification before the committing call returns', async () => {
    const payloads: string[] = [];
    const listener = await db.$listen(['chiso_published'], {
      onNotification: (_channel, payload) => payloads.push(payload),
      onListening: () => {},
      onLost: () => {},
    });
    try {
      const { id } = await db.unit.create({ data: unit('906', 'Huyện Sáu') });
      await db.$transaction(async (tx) => {
        await tx.unit.update({ where: { id }, data: { name: 'Huyện Sáu Mới' } });
        // Sent at commit only.
        expect(payloads).toEqual([]);
      });
      // No waiting: posted before the COMMIT's answer on the same port.
      expect(payloads).toEqual(['Unit']);
      await db.$executeRaw`SELECT pg_notify('chiso_published', 'by hand')`;
      expect(payloads).toEqual(['Unit', 'by hand']);
    } finally {
      await listener.close();
    }
  });

  it('writes a COPY from a blob in a transaction of the small interface, and rolls one back', async () => {
    const pglite = db.$pglite as NonNullable<Db['$pglite']>;
    await pglite.exec('CREATE TABLE copied (n int)');
    await pglite.transaction(async (tx) => {
      await tx.query(`COPY copied FROM '/dev/blob'`, [], { blob: new Blob(['1\n2\n3\n']) });
    });
    await expect(
      pglite.transaction(async (tx) => {
        await tx.query('INSERT INTO copied VALUES (4)');
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect((await pglite.query<{ n: number }>('SELECT n FROM copied ORDER BY n')).rows).toEqual([
      { n: 1 },
      { n: 2 },
      { n: 3 },
    ]);
  });

  it('leaves this thread free while a long statement runs', async () => {
    await db.$queryRaw`SELECT 1 AS n FROM pg_sleep(0.01)`; // Prisma's first compile of this query, before counting.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    try {
      await db.$queryRaw`SELECT 1 AS n FROM pg_sleep(0.3)`;
    } finally {
      clearInterval(timer);
    }
    // About 60; on this thread the statement holds the loop from start to end: none (measured).
    expect(ticks).toBeGreaterThanOrEqual(10);
  });

  // Migrations on the thread (seconds of the schema engine) are every server start's: the browser
  // tests, smoke:node22 (a fresh folder) and bench:load start the bundle so.
  it('keeps its data when closed and opened again', async () => {
    await db.unit.create({ data: unit('907', 'Huyện Bảy') });
    await db.$close();
    expect(db.$pglite?.closed).toBe(true);
    await expect(db.unit.count()).rejects.toThrow();
    db = await createPrismaClient({ dataDir, thread: 'worker', migrate: false });
    expect(await db.unit.findFirst({ where: { code: '907' } })).toMatchObject({ name: 'Huyện Bảy' });
  });
});
