/**
 * The embedded database's backup: PGlite's own dump of its data folder (a gzipped tar file), and its
 * restore into a fresh folder. PGlite has one process at a time in a folder, so both refuse a folder
 * a server has open (PGlite keeps a postmaster.pid there while it is open).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { type Contents, contentsOf, isEmpty, type Query } from './contents.ts';
import { BackupProblem, databaseInUse, databaseNotEmpty } from './problems.ts';

const noDatabase = (dataDir: string) =>
  new BackupProblem('DATABASE_MISSING', {
    vi: `Không có cơ sở dữ liệu nhúng nào ở ${dataDir} (đặt CHISO_DATA_DIR như khi chạy máy chủ).`,
    en: `There is no embedded database at ${dataDir} (set CHISO_DATA_DIR as for the server).`,
  });

const notADatabase = (dataDir: string) =>
  new BackupProblem('DATA_DIR_NOT_DATABASE', {
    vi: `Thư mục ${dataDir} có tệp nhưng không phải cơ sở dữ liệu nhúng: thêm --force để chuyển nó sang bên cạnh rồi khôi phục.`,
    en: `The folder ${dataDir} holds files but no embedded database: add --force to move it aside and restore.`,
  });

const isDatabase = (dataDir: string) => existsSync(path.join(dataDir, 'PG_VERSION'));

function refuseOpen(dataDir: string): void {
  if (existsSync(path.join(dataDir, 'postmaster.pid'))) throw databaseInUse(dataDir);
}

/** Writes the dump of the folder's database to `file`; returns its size in bytes. */
export async function backupPglite(dataDir: string, file: string): Promise<number> {
  if (!isDatabase(dataDir)) throw noDatabase(dataDir);
  refuseOpen(dataDir);
  const pglite = await PGlite.create(dataDir);
  let dump: Blob;
  try {
    dump = await pglite.dumpDataDir('gzip');
  } finally {
    await pglite.close();
  }
  const bytes = Buffer.from(await dump.arrayBuffer());
  // Written beside, then renamed: a backup file is whole or absent.
  await writeFile(`${file}.partial`, bytes);
  await rename(`${file}.partial`, file);
  return bytes.length;
}

const queryOf =
  (pglite: PGlite): Query =>
  async (sql) =>
    (await pglite.query<Record<string, unknown>>(sql)).rows;

/** What the folder holds; a folder with other files than a database counts as data, never emptied. */
async function contentsOfFolder(dataDir: string): Promise<Contents | 'other files'> {
  if (!isDatabase(dataDir)) return 'other files';
  const pglite = await PGlite.create(dataDir);
  try {
    return await contentsOf(queryOf(pglite));
  } finally {
    await pglite.close();
  }
}

/**
 * Replaces the database in `dataDir` with the dump `bytes`. A folder that holds data is refused
 * unless `force`, and then moved aside (never deleted); returns where, and what the restored database holds.
 */
export async function restorePglite(
  bytes: Buffer,
  dataDir: string,
  force: boolean,
  now: Date = new Date(),
): Promise<{ restored: Contents; movedTo?: string }> {
  let movedTo: string | undefined;
  const entries = existsSync(dataDir) ? await readdir(dataDir) : [];
  if (entries.length > 0) {
    refuseOpen(dataDir);
    const contents = await contentsOfFolder(dataDir);
    const empty = contents !== 'other files' && isEmpty(contents);
    if (!empty && !force)
      throw contents === 'other files' ? notADatabase(dataDir) : databaseNotEmpty(contents);
    if (empty) await rm(dataDir, { recursive: true, force: true });
    else {
      movedTo = `${dataDir}.before-restore-${now.toISOString().slice(0, 19).replaceAll(':', '-')}`;
      await rename(dataDir, movedTo);
    }
  }
  await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
  const pglite = await PGlite.create(dataDir, { loadDataDir: new Blob([bytes]) });
  let restored: Contents;
  try {
    // The dump opened and answers: the restore is usable.
    restored = await contentsOf(queryOf(pglite));
  } finally {
    await pglite.close();
  }
  return movedTo ? { restored, movedTo } : { restored };
}
