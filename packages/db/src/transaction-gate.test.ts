import { describe, expect, it } from 'vitest';
import { demoDatabase } from './test-backends.ts';
import { permits } from './transaction-gate.ts';

describe('permits', () => {
  it('lets `count` holders in at once and the next ones in the order they came, one per release', async () => {
    const gate = permits(2);
    const first = await gate.acquire();
    await gate.acquire();
    const order: number[] = [];
    const later = [3, 4].map(async (n) => {
      const release = await gate.acquire();
      order.push(n);
      return release;
    });
    expect([gate.open, gate.waiting]).toEqual([2, 2]);
    first();
    first(); // a second release of the same permit gives nothing back
    const third = await later[0];
    expect(order).toEqual([3]);
    expect([gate.open, gate.waiting]).toEqual([2, 1]);
    third?.();
    await later[1];
    expect(order).toEqual([3, 4]);
  });
});

const demo = await demoDatabase();

describe.skipIf(!demo.enabled)('transactions through the gate', () => {
  it('keeps a connection for plain reads while writers fill the pool', async () => {
    const { db } = demo;
    // PGlite has one connection, PostgreSQL's pool ten: as many writers as there are connections.
    const writers = db.$pglite ? 2 : 10;
    const events: string[] = [];
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transactions = Array.from({ length: writers }, (_, index) =>
      db.$transaction(async (tx) => {
        events.push(`writer ${index}`);
        await tx.$queryRaw`SELECT 1`;
        await released;
      }),
    );
    while (!events.length) await new Promise((resolve) => setTimeout(resolve, 5));
    const read = db.unit.count().then(() => events.push('read'));
    // PostgreSQL: the read has a connection of its own. PGlite: it waits for the open transaction only.
    await Promise.race([read, new Promise((resolve) => setTimeout(resolve, db.$pglite ? 100 : 5_000))]);
    const started = events.filter((event) => event.startsWith('writer')).length;
    expect(started).toBeLessThan(writers);
    release();
    await Promise.all([...transactions, read]);
    // The read was answered before any writer that waited for a permit began.
    expect(events.indexOf('read')).toBe(started);
    expect(db.$transactions.open).toBe(0);
  });
});
