import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, testBackends } from './test-backends.ts';

const backends = await testBackends();
describe.each(backends)('change notifications on $name', ({ enabled, open }) => {
  let test: TestDatabase;
  beforeAll(async () => {
    if (enabled) test = await open();
  });
  afterAll(async () => {
    await test?.drop();
  });

  it.skipIf(!enabled)(
    'hands each writer its own notification by the time its sync resolves, many writers at once, one query at a time',
    async () => {
      const received = new Set<string>();
      const warnings: string[] = [];
      const warned = (warning: Error) => warnings.push(warning.message);
      process.on('warning', warned);
      const listener = await test.db.$listen(['chiso_test'], {
        onNotification: (_channel, payload) => received.add(payload),
        onListening: () => {},
        onLost: () => {},
      });
      try {
        const seenAtSync = await Promise.all(
          Array.from({ length: 20 }, async (_, index) => {
            const payload = `writer-${index}`;
            await test.db.$executeRaw`SELECT pg_notify('chiso_test', ${payload})`;
            await listener.sync();
            return received.has(payload);
          }),
        );
        expect(seenAtSync).toEqual(Array.from({ length: 20 }, () => true));
        // node-postgres warns when a query is sent while another runs on the same connection.
        expect(warnings.filter((message) => message.includes('already executing a query'))).toEqual([]);
      } finally {
        process.off('warning', warned);
        await listener.close();
      }
    },
  );
});
