// @vitest-environment node
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const admin = fileURLToPath(new URL('../..', import.meta.url));
const gqlTada = join(admin, 'node_modules', '.bin', 'gql.tada');

/**
 * `pnpm typecheck` runs `gql.tada check` after `tsc` because a field the schema lacks is not always a tsc
 * error: gql.tada types it loosely, and only a screen that reads the field fails to compile. This copies
 * the console's real operations into a probe project outside `src` (so the package's own tsc and lint
 * never see it), breaks one field name, and checks with the console's own settings.
 */
describe('typecheck', () => {
  it('fails on a field name the schema lacks in a console operation', async () => {
    const probe = join(admin, 'test-results', 'typecheck-probe');
    rmSync(probe, { recursive: true, force: true });
    const files = ['graphql/graphql.ts', 'graphql/errors.ts', 'features/assessments/operations.ts'];
    for (const file of files) {
      mkdirSync(dirname(join(probe, 'src', file)), { recursive: true });
      copyFileSync(join(admin, 'src', file), join(probe, 'src', file));
    }
    const operations = join(probe, 'src', 'features', 'assessments', 'operations.ts');
    const source = readFileSync(operations, 'utf8');
    expect(source).toContain('approvedAt returnReason');
    writeFileSync(operations, source.replace('approvedAt returnReason', 'approvedAt returnReasn'));
    const console = JSON.parse(readFileSync(join(admin, 'tsconfig.json'), 'utf8'));
    const plugin = console.compilerOptions.plugins[0];
    writeFileSync(
      join(probe, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../tsconfig.json',
        compilerOptions: {
          // Only the copied files: no DOM or Node types to load.
          types: [],
          plugins: [{ ...plugin, schema: join(admin, plugin.schema) }],
        },
        include: ['src'],
      }),
    );
    const tsconfig = ['--tsconfig', join(probe, 'tsconfig.json')];
    await run(gqlTada, ['generate', 'output', ...tsconfig], { cwd: probe });

    const failure = await run(gqlTada, ['check', ...tsconfig], { cwd: probe }).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).not.toBe(0);
    expect(`${failure?.stdout}${failure?.stderr}`).toContain(
      'Cannot query field "returnReasn" on type "Assessment"',
    );
    rmSync(probe, { recursive: true, force: true });
  }, 60_000);
});
