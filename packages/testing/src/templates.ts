/**
 * Template databases: migrated once and loaded with the demo once, then copied for every test file,
 * instead of each file driving Prisma's WebAssembly schema engine and the demo seed (~25 s on a busy
 * machine). Two templates per backend: `empty` (migrated) and `demo` (migrated + demo).
 *
 * - PGlite: data-directory dumps (tar files) in a folder under the system's temp folder; a test opens
 *   `PGlite.create({ loadDataDir })` from one.
 * - PostgreSQL: two databases on the server, copied with `CREATE DATABASE … TEMPLATE …`.
 *
 * Both are named by a hash of everything that shapes their content (migrations, the db, scoring and
 * criteria sources, the PGlite version), so the packages whose tests start at the same time share one
 * build, a second run reuses it, and a change to any of those inputs builds afresh.
 */
import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPrismaClient, DumpBlob, dumpPglite, openPglite } from '@chiso/db';
import { seedDemo } from '@chiso/db/seed';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export type TemplateName = 'empty' | 'demo';

/** Where a run's templates are: plain data, handed from Vitest's global setup to its workers. */
export interface Templates {
  /** PGlite data-directory dumps, by template. */
  pglite?: Record<TemplateName, string>;
  /** Template databases on the server at `adminUrl`, by template. */
  postgres?: { adminUrl: string; databases: Record<TemplateName, string> };
}

declare module 'vitest' {
  export interface ProvidedContext {
    chisoTemplates: Templates;
  }
}

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** What the templates are made of (and this file, which makes them); generated code follows from prisma/schema.prisma. */
const INPUTS = [
  'prisma',
  'packages/db/src',
  'packages/scoring/src',
  'criteria',
  'packages/testing/src/templates.ts',
];
const SKIP = new Set(['node_modules', 'generated', 'test-results', '.turbo']);

async function filesUnder(folder: string): Promise<string[]> {
  if (folder.endsWith('.ts')) return [folder];
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const files = await Promise.all(
    entries
      .filter((entry) => !SKIP.has(entry.name) && !entry.name.includes('.test.'))
      .map((entry) => {
        const path = join(folder, entry.name);
        return entry.isDirectory() ? filesUnder(path) : Promise.resolve([path]);
      }),
  );
  return files.flat().sort();
}

/** A short hash of the templates' inputs. */
export async function templateKey(): Promise<string> {
  const hash = createHash('sha256');
  // PGlite's own folder (its exports hide package.json); the store path names the version.
  hash.update(
    `${realpathSync(fileURLToPath(new URL('../node_modules/@electric-sql/pglite', import.meta.url)))}\n`,
  );
  for (const folder of INPUTS) {
    for (const file of await filesUnder(join(ROOT, folder))) {
      hash.update(`${relative(ROOT, file)}\n`);
      hash.update(await readFile(file));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

/** How many templates (this one included) stay in the temp folder. */
const KEPT_TEMPLATES = 4;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The PGlite templates for this key, built unless another process already did (or is doing it:
 * a lock folder makes the others wait instead of building the same thing).
 */
export async function pgliteTemplates(key: string): Promise<Record<TemplateName, string>> {
  const cache = join(tmpdir(), 'chiso-test-templates');
  const folder = join(cache, key);
  const files = { empty: join(folder, 'empty.tar'), demo: join(folder, 'demo.tar') };
  const lock = `${folder}.lock`;
  await mkdir(cache, { recursive: true });
  for (;;) {
    if (existsSync(files.demo)) return files;
    try {
      await mkdir(lock);
    } catch {
      // Someone else builds it; a lock older than ten minutes belongs to a run that died.
      const age =
        Date.now() -
        (await stat(lock).then(
          (s) => s.mtimeMs,
          () => Date.now(),
        ));
      if (age > 600_000) await rm(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      await pruneOthers(cache, key);
      await buildPgliteTemplates(folder);
      return files;
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
}

/**
 * Templates of earlier inputs are dead weight in the temp folder, but several checkouts (git
 * worktrees, branches) test side by side with keys of their own: keep the newest few, and never
 * touch one being built.
 */
async function pruneOthers(cache: string, key: string): Promise<void> {
  const names = await readdir(cache);
  const built = names.filter(
    (name) => name !== key && !name.includes('.') && !names.includes(`${name}.lock`),
  );
  const byAge = await Promise.all(
    built.map(async (name) => ({ name, mtime: (await stat(join(cache, name))).mtimeMs })),
  );
  byAge.sort((a, b) => b.mtime - a.mtime);
  for (const { name } of byAge.slice(KEPT_TEMPLATES - 1)) {
    await rm(join(cache, name), { recursive: true, force: true });
  }
}

async function buildPgliteTemplates(folder: string): Promise<void> {
  const building = `${folder}.building`;
  await rm(building, { recursive: true, force: true });
  await mkdir(building, { recursive: true });
  const pglite = await openPglite('memory://');
  const db = await createPrismaClient({ pglite, migrate: true });
  try {
    // PostgreSQL's template databases serve CREATE DATABASE, which no test does on PGlite (each file
    // loads a dump): without them a dump holds half the files, and every test file opens ~90 ms sooner.
    await pglite.exec(
      "UPDATE pg_database SET datistemplate = false WHERE datname IN ('template0', 'template1')",
    );
    await pglite.exec('DROP DATABASE template0');
    await pglite.exec('DROP DATABASE template1');
    await writeFile(join(building, 'empty.tar'), await dumpPglite(pglite));
    await seedDemo(db);
    await writeFile(join(building, 'demo.tar'), await dumpPglite(pglite));
  } finally {
    await db.$close();
  }
  // Whole or not at all: readers look for demo.tar in the final folder.
  await rm(folder, { recursive: true, force: true });
  await rename(building, folder);
}

/** Any fixed number: the advisory lock that serialises template builds on one server. */
const TEMPLATE_LOCK = 7_240_210;

/**
 * The PostgreSQL templates for this key on the server at `adminUrl`, built unless they are there.
 * An advisory lock makes concurrent runs build them once.
 */
export async function postgresTemplates(
  adminUrl: string,
  key: string,
): Promise<{ adminUrl: string; databases: Record<TemplateName, string> }> {
  const databases = { empty: `chiso_template_${key}_empty`, demo: `chiso_template_${key}_demo` };
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    const ready = await admin.query(
      `SELECT 1 FROM pg_database d JOIN pg_shdescription s ON s.objoid = d.oid
        WHERE d.datname = $1 AND s.description = 'ready'`,
      [databases.demo],
    );
    if (ready.rowCount === 0) {
      // Leftovers of other inputs, or of a build that died half-way.
      const old = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'chiso_template_%'`);
      for (const { datname } of old.rows) await admin.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${databases.empty}"`);
      const empty = await createPrismaClient({
        databaseUrl: urlOf(adminUrl, databases.empty),
        migrate: true,
      });
      await empty.$close();
      await admin.query(`CREATE DATABASE "${databases.demo}" TEMPLATE "${databases.empty}"`);
      const demo = await createPrismaClient({ databaseUrl: urlOf(adminUrl, databases.demo) });
      try {
        await seedDemo(demo);
      } finally {
        await demo.$close();
      }
      // A template cannot be copied while anyone is connected to it.
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname IN ($1, $2) AND pid <> pg_backend_pid()`,
        [databases.empty, databases.demo],
      );
      await admin.query(`COMMENT ON DATABASE "${databases.demo}" IS 'ready'`);
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]).catch(() => {});
    await admin.end();
  }
  return { adminUrl, databases };
}

/** The URL of another database on the same server. */
export function urlOf(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * A PGlite data folder holding the demo, unpacked from this run's template (built when missing): the
 * browser tests start the API on it instead of seeding the demo again in every server they start.
 */
export async function demoDataFolder(folder: string): Promise<string> {
  const templates = await pgliteTemplates(await templateKey());
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const loadDataDir = new DumpBlob(await readFile(templates.demo));
  const pglite = await PGlite.create(folder, { loadDataDir });
  await pglite.close();
  return folder;
}
