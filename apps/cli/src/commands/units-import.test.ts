import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPrismaClient } from '@chiso/db';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../main.ts';

const seed = fileURLToPath(new URL('../../../../packages/db/src/seed/data/', import.meta.url));
const catalogue = join(seed, 'quang-ninh-2022.json');
const agencies = join(seed, 'quang-ninh-agencies.json');
const scratch = mkdtempSync(join(tmpdir(), 'chiso-units-'));

async function chiso(env: Record<string, string>, ...argv: string[]) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  delete process.env.DATABASE_URL;
  const lines: string[] = [];
  try {
    const code = await run(argv, { line: (text = '') => lines.push(text) });
    return { code, text: lines.join('\n') };
  } finally {
    process.env = saved;
  }
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Each run opens (and migrates) an embedded database: seconds, not milliseconds.
describe('chiso units import', { timeout: 180_000 }, () => {
  it('imports a province into the embedded database; a second run finds everything unchanged', async () => {
    const env = { CHISO_DATA_DIR: join(scratch, 'pglite') };
    const first = await chiso(env, 'units', 'import', catalogue, '--province', '22', '--agencies', agencies);
    expect(first).toEqual({
      code: 0,
      text: 'province 22, valid from 2022-10-01: 226 units — 226 created, 0 updated, 0 unchanged',
    });
    const second = await chiso(env, 'units', 'import', catalogue, '--province', '22', '--agencies', agencies);
    expect(second).toEqual({
      code: 0,
      text: 'province 22, valid from 2022-10-01: 226 units — 0 created, 0 updated, 226 unchanged',
    });

    const db = await createPrismaClient({ dataDir: env.CHISO_DATA_DIR });
    try {
      expect(await db.unit.count({ where: { kind: 'COMMUNE' } })).toBe(177);
      expect(await db.unit.count({ where: { kind: 'PROVINCIAL_AGENCY', parent: { code: '22' } } })).toBe(35);
    } finally {
      await db.$close();
    }
  });

  it('takes --valid-from instead of the catalogue date (memory:// database)', async () => {
    const result = await chiso(
      { CHISO_DATA_DIR: 'memory://' },
      'units',
      'import',
      catalogue,
      '--province',
      '22',
      '--valid-from',
      '2023-01-01',
    );
    expect(result).toEqual({
      code: 0,
      text: 'province 22, valid from 2023-01-01: 191 units — 191 created, 0 updated, 0 unchanged',
    });
  });

  it('names an unknown province, a missing file or a bad date, and exits 1', async () => {
    const env = { CHISO_DATA_DIR: 'memory://' };
    const unknown = await chiso(env, 'units', 'import', catalogue, '--province', '99');
    expect(unknown.code).toBe(1);
    expect(unknown.text).toMatch(/Unknown province .* code "99"; the file has 22 \(Tỉnh Quảng Ninh\)/);

    const missing = await chiso(env, 'units', 'import', join(scratch, 'nope.json'), '--province', '22');
    expect(missing.code).toBe(1);
    expect(missing.text).toMatch(/cannot read .*nope\.json/);

    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, JSON.stringify({ data_date: '2022-10-01', data: [] }));
    const invalid = await chiso(env, 'units', 'import', broken, '--province', '22');
    expect(invalid.code).toBe(1);
    expect(invalid.text).toMatch(/Invalid unit catalogue:\n {2}data_date: expected dd\/mm\/yyyy/);

    const date = await chiso(
      env,
      'units',
      'import',
      catalogue,
      '--province',
      '22',
      '--valid-from',
      '1/7/2025',
    );
    expect(date).toMatchObject({
      code: 1,
      text: expect.stringMatching(/--valid-from must be a day as YYYY-MM-DD/),
    });

    const usage = await chiso(env, 'units', 'import', catalogue);
    expect(usage).toMatchObject({ code: 2, text: expect.stringMatching(/--province are required\nusage:/) });
  });
});
