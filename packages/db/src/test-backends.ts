/**
 * The test databases of @chiso/testing for this package's own tests. @chiso/testing depends on
 * @chiso/db, so this package cannot list it back (the workspace graph must stay acyclic): its tests
 * reach the module by path instead, which resolves to the same copy of @chiso/db.
 */
import { afterAll, beforeAll } from 'vitest';
import type { TestDatabase } from '../../testing/src/databases.ts';
import { testBackends } from '../../testing/src/vitest.ts';
import type { Db } from './client.ts';

export type { TestDatabase };
export { testBackends };

/**
 * A test file's demo database on this run's backend: opened before the file's tests, dropped after
 * them. `db` is set once opened; `enabled` is false when this run's backend does not answer.
 */
export async function demoDatabase(): Promise<{ enabled: boolean; db: Db }> {
  const [backend] = await testBackends();
  const demo = { enabled: backend?.enabled === true, db: undefined as unknown as Db };
  let opened: TestDatabase | undefined;
  beforeAll(async () => {
    if (!backend || !demo.enabled) return;
    opened = await backend.open({ demo: true });
    demo.db = opened.db;
  });
  afterAll(async () => {
    await opened?.drop();
  });
  return demo;
}

/** A district's row for tests that write units straight through Prisma. */
export const testUnit = (code: string, name: string) => ({
  code,
  name,
  searchName: name.toLowerCase(),
  kind: 'DISTRICT' as const,
  type: 'Huyện',
  validFrom: new Date('2022-10-01'),
});
