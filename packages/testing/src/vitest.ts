/**
 * The database backend of this Vitest run, from the templates global-setup.ts provided.
 * Test files use it as `describe.each(await testBackends())(…, ({ enabled, ...backend }) => …)`.
 */
import { inject } from 'vitest';
import { backendOf, type TestBackend } from './databases.ts';

export async function testBackends(options: { embeddedOnly?: boolean } = {}): Promise<TestBackend[]> {
  const templates = inject('chisoTemplates');
  if (!templates)
    throw new Error('no test databases: add @chiso/testing/global-setup to globalSetup in vitest.config.ts');
  const backend = backendOf(templates);
  // `embeddedOnly`: computations over the demo whose reads the other suites already run on PostgreSQL
  // (the same Prisma queries, the same raw SQL): once on PGlite is the check, twice only costs time.
  return [options.embeddedOnly && backend.name === 'PostgreSQL' ? { ...backend, enabled: false } : backend];
}
