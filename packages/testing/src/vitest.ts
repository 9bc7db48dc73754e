/**
 * The database backend of this Vitest run, from the templates global-setup.ts provided.
 * Test files use it as `describe.each(await testBackends())(…, ({ enabled, ...backend }) => …)`.
 */
import { inject } from 'vitest';
import { backendOf, type TestBackend } from './databases.ts';

export async function testBackends(): Promise<TestBackend[]> {
  const templates = inject('chisoTemplates');
  if (!templates)
    throw new Error('no test databases: add @chiso/testing/global-setup to globalSetup in vitest.config.ts');
  return [backendOf(templates)];
}
