/**
 * Embedded PostgreSQL clusters: created, dumped, and loaded from a dump.
 *
 * A new cluster starts as a copy of one PGlite initialised before, when this checkout has one.
 * PGlite's initdb runs in WebAssembly and costs 4–8 s of CPU each time; loading its copy about 1.5 s.
 * The product creates a cluster once, but a test run creates about ten (the CLI's commands on
 * folders of their own, the schema engine's shadow databases, servers started as processes). The
 * copy is made from the first throw-away (`memory://`) cluster and kept in the checkout's `.data/cache`,
 * one per PGlite build: never in a shared temporary folder, where a cluster put there by someone
 * else would become the new database.
 */
import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { filterTar } from './tar.ts';

/**
 * A dump held in memory, handed to PGlite as the Blob it asks for. Node's own Blob gives its bytes
 * back through a stream of small chunks joined together, which for a 70 MB dump cost a third of a
 * second; PGlite only reads `arrayBuffer()` and copies what it reads, so this answers with the bytes
 * at once (a copy of them: the caller may load the same dump again).
 */
export class DumpBlob extends Blob {
  readonly #bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    super([]); // Not given the bytes: Blob would copy them, slowly, for nothing.
    this.#bytes = bytes;
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.#bytes.slice().buffer);
  }
}

/**
 * The cluster's data folder as an uncompressed tar. A checkpoint first: a dump of a running database
 * is a crashed one, and every copy opened from it would replay the write-ahead log since the last
 * checkpoint before its first query. The log segments after the current one (16 MB each, recycled
 * for later use) are left out: PostgreSQL creates them again when it needs them.
 */
export async function dumpPglite(pglite: PGlite): Promise<Uint8Array> {
  await pglite.exec('CHECKPOINT');
  const { rows } = await pglite.query<{ segment: string }>(
    'SELECT pg_walfile_name(pg_current_wal_insert_lsn()) AS segment',
  );
  const current = rows[0]?.segment;
  if (!current) throw new Error('no current WAL segment: the dump would lose the log');
  const tar = new Uint8Array(await (await pglite.dumpDataDir('none')).arrayBuffer());
  const spare = (name: string) => /pg_wal\/[0-9A-F]{24}$/.test(name) && name.slice(-24) > current;
  return filterTar(tar, (name) => !spare(name));
}

const require = createRequire(import.meta.url);

/** The checkout's `.data`: the embedded database's default folder (client.ts) and this cache. */
export const DATA_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..', '.data');

/**
 * `<cache>/pglite-<hash of PGlite's installed folder, which names its version>.tar`; null where that
 * folder cannot be found (a bundle moved away from its checkout): clusters are then initialised.
 */
export function cachedClusterFile(cacheDir: string): string | null {
  try {
    const installed = realpathSync(path.dirname(require.resolve('@electric-sql/pglite')));
    const build = createHash('sha256').update(installed).digest('hex').slice(0, 12);
    return path.join(cacheDir, `pglite-${build}.tar`);
  } catch {
    return null;
  }
}

/**
 * Opens a new cluster at `dataDir` (a folder without one, or "memory://"): from the cached copy when
 * there is one, else by initdb, keeping a copy for the next time. A copy that does not load is
 * removed, and the cluster is initialised instead.
 */
export async function createPgliteCluster(
  dataDir: string,
  cacheDir = path.join(DATA_ROOT, 'cache'),
): Promise<PGlite> {
  const cache = cachedClusterFile(cacheDir);
  const cached = cache ? await readFile(cache).catch(() => undefined) : undefined;
  if (cache && cached) {
    try {
      return await PGlite.create(dataDir, { loadDataDir: new DumpBlob(cached) });
    } catch {
      await rm(cache, { force: true });
      if (!dataDir.includes('://')) await rm(dataDir, { recursive: true, force: true });
    }
  }
  const pglite = await PGlite.create(dataDir);
  // Writing the copy costs ~0.9 s of CPU: paid by a throw-away cluster (a test's, a shadow database),
  // never by a server's first start. Best effort: a copy not written means the next one runs initdb.
  if (cache && dataDir.includes('://')) await keepCopy(pglite, cache).catch(() => undefined);
  return pglite;
}

/**
 * Written whole or not at all (several processes may create clusters at once). Copies of other PGlite
 * builds go once this one is kept: each is ~40 MB, and an upgrade left the old one for good.
 */
async function keepCopy(pglite: PGlite, cache: string): Promise<void> {
  if (existsSync(cache)) return;
  const folder = path.dirname(cache);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const partial = `${cache}.${process.pid}.${Date.now()}`;
  await writeFile(partial, await dumpPglite(pglite), { mode: 0o600 });
  await rename(partial, cache);
  const others = (await readdir(folder)).filter(
    (name) => /^pglite-[^.]+\.tar$/.test(name) && name !== path.basename(cache),
  );
  await Promise.all(others.map((name) => rm(path.join(folder, name), { force: true })));
}
