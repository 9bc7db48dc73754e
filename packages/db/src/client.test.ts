import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from './client.ts';
import { type TestDatabase, testBackends, testUnit as unit } from './test-backends.ts';

const backends = await testBackends();
describe.each(backends)('$name', ({ enabled, open }) => {
  let test: TestDatabase;
  beforeAll(async () => {
    if (enabled) test = await open();
  });
  afterAll(async () => {
    await test?.drop();
  });

  it.skipIf(!enabled)('is migrated with the committed migrations', async () => {
    const rows = await test.db.$queryRaw<Array<{ migration_name: string; finished_at: Date | null }>>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows[0]?.migration_name).toMatch(/^\d{14}_init$/);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it.skipIf(!enabled)('writes in a transaction and reads without N+1, counting statements', async () => {
    const { db } = test;
    db.$statements.reset();
    const { result } = await db.$statements.measure(() =>
      db.$transaction(async (tx) => {
        const group = await tx.unitGroup.create({ data: { code: 'G2', name: 'Nhóm 2', nameEn: 'Group 2' } });
        for (const [code, name] of [
          ['203', 'Huyện Vân Đồn'],
          ['206', 'Thị xã Quảng Yên'],
        ] as const) {
          await tx.unit.create({ data: { ...unit(code, name), groupId: group.id } });
        }
        return tx.unitGroup.findMany({ include: { units: { orderBy: { code: 'asc' } } } });
      }),
    );
    expect(result.flatMap((group) => group.units.map((member) => member.name))).toEqual([
      'Huyện Vân Đồn',
      'Thị xã Quảng Yên',
    ]);
    // findMany with include: one SELECT with the units joined in (relationJoins, prisma/schema.prisma).
    expect(db.$statements.operations.at(-1)).toEqual({
      model: 'UnitGroup',
      operation: 'findMany',
      statements: 1,
    });
  });

  it.skipIf(!enabled)(
    'rolls a failed transaction back and enforces unique codes per start date',
    async () => {
      const { db } = test;
      await expect(
        db.$transaction(async (tx) => {
          await tx.unit.create({ data: unit('999', 'rolled back') });
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await db.unit.count({ where: { code: '999' } })).toBe(0);
      await expect(db.unit.create({ data: unit('203', 'duplicate') })).rejects.toMatchObject({
        code: 'P2002',
      });
      // The same code may start again later (codes are reused across reorganisations).
      await db.unit.create({
        data: { ...unit('203', 'Đặc khu Vân Đồn'), validFrom: new Date('2025-07-01') },
      });
      expect(await db.unit.count({ where: { code: '203' } })).toBe(2);
    },
  );
});

// PGlite's own first start, from nothing: the `test` run's (the `test:pg` run tests PostgreSQL).
describe.skipIf(backends[0]?.name !== 'PGlite')('the embedded database in a data folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chiso-pglite-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  // Two cold starts: PGlite's initdb and the WebAssembly schema engine, each several seconds on busy cores.
  it('is created and migrated on first start and keeps its data across restarts', {
    timeout: 120_000,
  }, async () => {
    const dataDir = join(dir, 'nested', 'db');
    const first = await createPrismaClient({ dataDir });
    await first.unit.create({ data: unit('193', 'Thành phố Hạ Long') });
    await first.$close();
    const second = await createPrismaClient({ dataDir });
    expect(await second.unit.findFirst({ where: { code: '193' } })).toMatchObject({
      name: 'Thành phố Hạ Long',
    });
    await second.$close();
  });
});
