import { testBackends } from '@chiso/testing/vitest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoServer, measureOperations, OPERATIONS, type SqlMeasurement } from './sql-operations.ts';

// Statement counts, not timings: a guard against N+1 queries on this run's backend.
const [backend] = await testBackends();

let measurements: SqlMeasurement[];
let close: () => Promise<void>;

beforeAll(async () => {
  const { server, admin, ids } = await demoServer(backend);
  close = () => server.close();
  measurements = await measureOperations(server.db, admin, ids);
}, 120_000); // fifteen requests, some of 100 rows on the demo: a minute on busy cores
afterAll(async () => {
  await close?.();
});

it.each(Object.keys(OPERATIONS))(
  '%s sends as many SQL statements for 100 rows as for 10, and at most 5',
  (operation) => {
    const { statements } = measurements.find(
      (measurement) => measurement.operation === operation,
    ) as SqlMeasurement;
    expect(statements[100]).toBe(statements[10]);
    expect(statements[10]).toBeLessThanOrEqual(5);
  },
);
