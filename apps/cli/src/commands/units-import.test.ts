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
const march = join(seed, 'quang-ninh-2025-03-01.json');
const merges = join(seed, 'quang-ninh-2025-07-01-merges.json');
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

    let db = await createPrismaClient({ dataDir: env.CHISO_DATA_DIR });
    try {
      expect(await db.unit.count({ where: { kind: 'COMMUNE' } })).toBe(177);
      expect(await db.unit.count({ where: { kind: 'PROVINCIAL_AGENCY', parent: { code: '22' } } })).toBe(35);
    } finally {
      await db.$close();
    }

    // Today's units on top: the 2025-03-01 catalogue, then the 1 July 2025 reorganisation.
    const today = [
      'units',
      'import',
      march,
      '--merges',
      merges,
      '--province',
      '22',
      '--document',
      '1679/NQ-UBTVQH15',
    ];
    const preview = await chiso(env, ...today, '--dry-run');
    expect(preview).toEqual({
      code: 0,
      text: [
        'dry run, nothing written — province 22, valid from 2025-03-01 → 2025-07-01: 239 units — 53 created, 8 updated, 178 unchanged',
        '  7 renamed, 1 moved, 189 ended, 79 lineage events',
      ].join('\n'),
    });
    const applied = await chiso(env, ...today);
    expect(applied.text).toBe(preview.text.replace('dry run, nothing written — ', ''));
    const again = await chiso(env, ...today);
    expect(again.text).toBe(
      'province 22, valid from 2025-03-01 → 2025-07-01: 239 units — 0 created, 0 updated, 239 unchanged',
    );
    db = await createPrismaClient({ dataDir: env.CHISO_DATA_DIR });
    try {
      const live = { endedOn: null, kind: { in: ['DISTRICT' as const, 'COMMUNE' as const] } };
      expect(await db.unit.count({ where: live })).toBe(54);
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
