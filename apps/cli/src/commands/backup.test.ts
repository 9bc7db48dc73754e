import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectionOf } from '../backup/postgres.ts';
import { backupCommand, restoreCommand } from './backup.ts';

// The run's template databases (@chiso/testing's global setup): PGlite in `test`, PostgreSQL in `test:pg`.
const templates = inject('chisoTemplates');

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'chiso-backup-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** A command as `pnpm chiso …` runs it with this environment. */
async function chiso(
  command: typeof backupCommand,
  argv: string[],
  env: { CHISO_DATA_DIR?: string; DATABASE_URL?: string },
) {
  const saved = { ...process.env };
  delete process.env.DATABASE_URL;
  Object.assign(process.env, env);
  const lines: string[] = [];
  try {
    const code = await command(argv, { line: (text = '') => lines.push(text) });
    return { code, text: lines.join('\n') };
  } finally {
    process.env = saved;
  }
}

/** What the round trip must keep: accounts, units, entries and the scored results. */
const CONTENTS = `SELECT (SELECT count(*) FROM "User")::int AS users, (SELECT count(*) FROM "Unit")::int AS units,
  (SELECT count(*) FROM "ResultNode")::int AS results,
  (SELECT count(*) FROM "AssessmentEntry")::int AS entries`;

describe('the PostgreSQL connection given to pg_dump and pg_restore', () => {
  it('goes through libpq variables, without Prisma-only parameters, and names no password', () => {
    const connection = connectionOf(
      'postgresql://chi%40so:m%E1%BA%ADt%20kh%E1%BA%A9u@db.example.vn:5433/chiso?schema=public&sslmode=require&connection_limit=5',
    );
    expect(connection.env).toEqual({
      PGDATABASE: 'chiso',
      PGHOST: 'db.example.vn',
      PGPORT: '5433',
      PGUSER: 'chi@so',
      PGPASSWORD: 'mật khẩu',
      PGSSLMODE: 'require',
    });
    expect(connection.label).toBe('chiso (db.example.vn:5433)');
    expect(connectionOf('postgresql:///chiso?host=/run/postgresql').env).toEqual({
      PGDATABASE: 'chiso',
      PGHOST: '/run/postgresql',
    });
  });
});

describe.runIf(templates.pglite)('backup and restore of the embedded database', { timeout: 120_000 }, () => {
  it('round-trips a database, refuses one with data unless --force, and moves it aside', async () => {
    // The migrated empty template and two accounts: a folder's dump does not care what the tables hold.
    const source = join(scratch, 'source');
    const empty = new Blob([await readFile(templates.pglite?.empty ?? '')]);
    const pglite = await PGlite.create(source, { loadDataDir: empty });
    await pglite.exec(`INSERT INTO "User" (id, email, name, "passwordHash", role) VALUES
      ('u1', 'giam.doc@stttt.example.vn', 'Giám Đốc', '-', 'ADMIN'), ('u2', 'pho@stttt.example.vn', 'Phó', '-', 'ADMIN')`);
    await pglite.close();
    const file = join(scratch, 'chiso.tar.gz');

    const backup = await chiso(backupCommand, [file], { CHISO_DATA_DIR: source });
    expect(backup.code).toBe(0);
    expect(backup.text).toMatch(
      /^Đã sao lưu cơ sở dữ liệu nhúng .*source vào .*chiso\.tar\.gz \(\d+(,\d)? MB\)\.$/,
    );
    expect(await chiso(backupCommand, [file, '--lang', 'en'], { CHISO_DATA_DIR: source })).toEqual({
      code: 1,
      text: `error BACKUP_FILE_EXISTS: ${file} already exists: choose another name, or add --force to overwrite it.`,
    });

    const target = join(scratch, 'target');
    expect(await chiso(restoreCommand, [file], { CHISO_DATA_DIR: target })).toEqual({
      code: 0,
      text: `Đã khôi phục ${file} vào cơ sở dữ liệu nhúng ${target}: 2 tài khoản, 0 đơn vị. Khởi động lại máy chủ chiso.`,
    });
    expect(await chiso(restoreCommand, [file], { CHISO_DATA_DIR: target })).toEqual({
      code: 1,
      text: 'lỗi DATABASE_NOT_EMPTY: Cơ sở dữ liệu đích đang có dữ liệu (2 tài khoản, 0 đơn vị). Khôi phục sẽ thay thế toàn bộ: thêm --force nếu đúng là muốn vậy.',
    });
    const forced = await chiso(restoreCommand, [file, '--force', '--lang', 'en'], { CHISO_DATA_DIR: target });
    expect(forced.code).toBe(0);
    expect(forced.text).toContain(': 2 accounts, 0 units. Restart the chiso server.');
    const movedTo = /kept in (.*)\.$/.exec(forced.text)?.[1] ?? '';
    expect(existsSync(join(movedTo, 'PG_VERSION'))).toBe(true);

    // A folder a server has open, and a file that is no backup, are refused before anything is touched.
    await writeFile(join(source, 'postmaster.pid'), '-42\n');
    expect(
      (await chiso(backupCommand, [join(scratch, 'other.tar.gz')], { CHISO_DATA_DIR: source })).text,
    ).toMatch(/^lỗi DATABASE_IN_USE: /);
    expect(
      (await chiso(restoreCommand, [join(source, 'PG_VERSION')], { CHISO_DATA_DIR: target })).text,
    ).toMatch(/^lỗi BACKUP_UNKNOWN_FORMAT: /);
    expect(
      await chiso(restoreCommand, [file, '--lang', 'en'], { DATABASE_URL: 'postgresql://127.0.0.1:1/none' }),
    ).toMatchObject({ code: 1, text: expect.stringMatching(/^error BACKUP_WRONG_KIND: /) });
  });
});

describe.runIf(templates.postgres)(
  'backup and restore of a PostgreSQL database',
  { timeout: 120_000 },
  () => {
    const adminUrl = templates.postgres?.adminUrl ?? '';
    const admin = new pg.Client({ connectionString: adminUrl });
    const suffix = crypto.randomUUID().replaceAll('-', '').slice(0, 12);
    const [source, target] = [`chiso_backup_source_${suffix}`, `chiso_backup_target_${suffix}`];
    const urlOf = (database: string) => {
      const url = new URL(adminUrl);
      url.pathname = `/${database}`;
      return url.toString();
    };
    const contents = async (database: string) => {
      const client = new pg.Client({ connectionString: urlOf(database) });
      await client.connect();
      try {
        return (await client.query(CONTENTS)).rows;
      } finally {
        await client.end();
      }
    };
    beforeAll(async () => {
      await admin.connect();
      await admin.query(`CREATE DATABASE "${source}" TEMPLATE "${templates.postgres?.databases.demo}"`);
      // A new, empty database, as a restore onto a new server starts from.
      await admin.query(`CREATE DATABASE "${target}"`);
    });
    afterAll(async () => {
      for (const database of [source, target])
        await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    });

    it('round-trips the demo with pg_dump and pg_restore, and replaces data only with --force', async () => {
      const file = join(scratch, 'chiso.dump');
      const backup = await chiso(backupCommand, [file], { DATABASE_URL: urlOf(source) });
      expect(backup).toMatchObject({ code: 0, text: expect.stringContaining(`PostgreSQL ${source} (`) });

      expect(await chiso(restoreCommand, [file], { DATABASE_URL: urlOf(target) })).toMatchObject({
        code: 0,
        text: expect.stringContaining(
          `${target} (127.0.0.1:${new URL(adminUrl).port}): 4 tài khoản, 226 đơn vị.`,
        ),
      });
      const restored = await contents(target);
      expect(restored).toEqual(await contents(source));
      expect(restored).toEqual([expect.objectContaining({ users: 4, units: 226 })]);

      expect(await chiso(restoreCommand, [file, '--lang', 'en'], { DATABASE_URL: urlOf(target) })).toEqual({
        code: 1,
        text: 'error DATABASE_NOT_EMPTY: The target database holds data (4 accounts, 226 units). A restore replaces all of it: add --force if that is what you want.',
      });
      expect(await chiso(restoreCommand, [file, '--force'], { DATABASE_URL: urlOf(target) })).toMatchObject({
        code: 0,
      });
      expect(await contents(target)).toEqual(restored);
    });
  },
);
