/** Opening the embedded database's data folder: what the request thread and the database thread share. */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgliteCluster, DATA_ROOT } from './cluster.ts';

const DEFAULT_DATA_DIR = path.join(DATA_ROOT, 'pglite');

/** The embedded database's folder the server would use: CHISO_DATA_DIR, else .data/pglite in the checkout. */
export function pgliteDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHISO_DATA_DIR ?? DEFAULT_DATA_DIR;
}

/** Open (creating when missing) a PGlite database: a folder, or "memory://" for a throw-away one. */
export async function openPglite(dataDir: string = pgliteDataDir()): Promise<PGlite> {
  if (dataDir.includes('://')) return createPgliteCluster(dataDir);
  // PGlite creates the data folder itself, but not its parents.
  await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) return PGlite.create(dataDir);
  return createPgliteCluster(dataDir);
}
