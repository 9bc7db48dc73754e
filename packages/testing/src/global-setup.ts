/**
 * Vitest global setup for every package with database tests: builds (or finds) this run's template
 * databases once, in Vitest's main process, and hands their location to the workers with `provide`
 * (read back by `testBackends()` in vitest.ts).
 *
 * CHISO_TEST_BACKEND=postgres (the `test:pg` scripts) tests PostgreSQL at TEST_POSTGRES_URL, an admin
 * URL allowed to CREATE DATABASE; otherwise PGlite. With REQUIRE_POSTGRES=1 (`npm test` sets it) an
 * unreachable server is an error, not a skip.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { pgliteTemplates, postgresTemplates, type Templates, templateKey } from './templates.ts';

async function reachable(url: string | undefined): Promise<boolean> {
  if (!url) return false;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function templatesForThisRun(): Promise<Templates> {
  const key = await templateKey();
  if (process.env.CHISO_TEST_BACKEND !== 'postgres') return { pglite: await pgliteTemplates(key) };
  const adminUrl = process.env.TEST_POSTGRES_URL;
  if (!(await reachable(adminUrl))) {
    if (process.env.REQUIRE_POSTGRES === '1') {
      throw new Error(
        `PostgreSQL is required but not reachable at TEST_POSTGRES_URL=${adminUrl ?? '(unset)'}`,
      );
    }
    return {};
  }
  return { postgres: await postgresTemplates(adminUrl as string, key) };
}

export default async function setup(project: TestProject): Promise<void> {
  const started = performance.now();
  const templates = await templatesForThisRun();
  project.provide('chisoTemplates', templates);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `test databases: ${templates.pglite ? 'PGlite' : templates.postgres ? 'PostgreSQL' : 'PostgreSQL (not reachable: skipped)'} templates ready in ${seconds} s`,
  );
}
