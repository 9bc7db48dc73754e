/**
 * `chiso backup <file>` and `chiso restore <file> [--force]`: the whole database the server uses —
 * PostgreSQL when DATABASE_URL names one (pg_dump / pg_restore), else the embedded one in
 * CHISO_DATA_DIR (PGlite's data-folder dump). A restore replaces everything, so it refuses a
 * database that holds accounts or units unless --force.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createPrismaClient, pgliteDataDir } from '@chiso/db';
import { formatNumber, type Locale } from '@chiso/scoring';
import { type Contents, contentsOf, isEmpty } from '../backup/contents.ts';
import { backupPglite, restorePglite } from '../backup/pglite.ts';
import { backupPostgres, type Connection, connectionOf, restorePostgres } from '../backup/postgres.ts';
import {
  BackupProblem,
  backupExists,
  backupMissing,
  backupOfOtherKind,
  databaseNotEmpty,
  notABackup,
} from '../backup/problems.ts';
import { type Output, userPath } from '../io.ts';

const USAGE = {
  backup: 'usage: chiso backup <file> [--force] [--lang vi|en]',
  restore: 'usage: chiso restore <file> [--force] [--lang vi|en]',
};

type Target = { kind: 'postgres'; url: string; connection: Connection } | { kind: 'pglite'; dataDir: string };

function targetOf(env: NodeJS.ProcessEnv): Target {
  const url = env.DATABASE_URL;
  return url && /^postgres(ql)?:\/\//.test(url)
    ? { kind: 'postgres', url, connection: connectionOf(url) }
    : { kind: 'pglite', dataDir: userPath(pgliteDataDir(env)) };
}

const described = (target: Target, locale: Locale) =>
  target.kind === 'postgres'
    ? `${locale === 'vi' ? 'cơ sở dữ liệu PostgreSQL' : 'the PostgreSQL database'} ${target.connection.label}`
    : `${locale === 'vi' ? 'cơ sở dữ liệu nhúng' : 'the embedded database'} ${target.dataDir}`;

/** The kind of database a backup file holds, from its first bytes. */
function kindOf(bytes: Buffer): 'pglite' | 'postgres' | null {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'pglite'; // gzip: PGlite's tar.gz dump
  if (bytes.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgres'; // pg_dump -Fc
  return null;
}

interface Parsed {
  file: string;
  force: boolean;
  locale: Locale;
}

function parse(argv: readonly string[], usage: string): Parsed | string {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { force: { type: 'boolean' }, lang: { type: 'string' } },
    });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) return usage;
    return { file, force: values.force ?? false, locale: values.lang === 'en' ? 'en' : 'vi' };
  } catch (error) {
    return `${(error as Error).message}\n${usage}`;
  }
}

/** Runs the work; a known problem is printed with its code (exit 1), anything else is thrown. */
async function reporting(out: Output, locale: Locale, work: () => Promise<string[]>): Promise<number> {
  try {
    for (const line of await work()) out.line(line);
    return 0;
  } catch (error) {
    if (!(error instanceof BackupProblem)) throw error;
    out.line(`${locale === 'vi' ? 'lỗi' : 'error'} ${error.code}: ${error.messages[locale]}`);
    return 1;
  }
}

const megabytes = (bytes: number, locale: Locale) =>
  `${formatNumber(Math.round(bytes / 1e5) / 10, locale)} MB`;

export async function backupCommand(argv: readonly string[], out: Output): Promise<number> {
  const parsed = parse(argv, USAGE.backup);
  if (typeof parsed === 'string') {
    out.line(parsed);
    return 2;
  }
  const { force, locale } = parsed;
  const file = userPath(parsed.file);
  const target = targetOf(process.env);
  return reporting(out, locale, async () => {
    if (existsSync(file) && !force) throw backupExists(file);
    if (target.kind === 'postgres') await backupPostgres(target.connection, file);
    else await backupPglite(target.dataDir, file);
    const size = megabytes((await stat(file)).size, locale);
    return [
      locale === 'vi'
        ? `Đã sao lưu ${described(target, locale)} vào ${file} (${size}).`
        : `Backed up ${described(target, locale)} to ${file} (${size}).`,
    ];
  });
}

export async function restoreCommand(argv: readonly string[], out: Output): Promise<number> {
  const parsed = parse(argv, USAGE.restore);
  if (typeof parsed === 'string') {
    out.line(parsed);
    return 2;
  }
  const { force, locale } = parsed;
  const file = userPath(parsed.file);
  const target = targetOf(process.env);
  return reporting(out, locale, async () => {
    const bytes = await readFile(file).catch(() => {
      throw backupMissing(file);
    });
    const kind = kindOf(bytes);
    if (!kind) throw notABackup(file);
    if (kind !== target.kind) throw backupOfOtherKind(file, kind);
    let restored: Contents;
    let movedTo: string | undefined;
    if (target.kind === 'pglite') {
      ({ restored, movedTo } = await restorePglite(bytes, target.dataDir, force));
    } else {
      const db = await createPrismaClient({ databaseUrl: target.url, migrate: false });
      try {
        const query = (sql: string) => db.$queryRawUnsafe<Record<string, unknown>[]>(sql);
        const contents = await contentsOf(query);
        if (!isEmpty(contents) && !force) throw databaseNotEmpty(contents);
        await restorePostgres(target.connection, file);
        restored = await contentsOf(query);
      } finally {
        await db.$close();
      }
    }
    const { users, units } = restored;
    const lines = [
      locale === 'vi'
        ? `Đã khôi phục ${file} vào ${described(target, locale)}: ${formatNumber(users, locale)} tài khoản, ${formatNumber(units, locale)} đơn vị. Khởi động lại máy chủ chiso.`
        : `Restored ${file} into ${described(target, locale)}: ${formatNumber(users, locale)} accounts, ${formatNumber(units, locale)} units. Restart the chiso server.`,
    ];
    if (movedTo) {
      lines.push(
        locale === 'vi' ? `Dữ liệu cũ được giữ ở ${movedTo}.` : `The previous data is kept in ${movedTo}.`,
      );
    }
    return lines;
  });
}
