/**
 * The test databases of @chiso/testing for this package's own tests. @chiso/testing depends on
 * @chiso/db, so this package cannot list it back (the workspace graph must stay acyclic): its tests
 * reach the module by path instead, which resolves to the same copy of @chiso/db.
 */
export type { TestDatabase } from '../../testing/src/databases.ts';
export { testBackends } from '../../testing/src/vitest.ts';
