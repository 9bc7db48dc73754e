import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../test-backends.ts';
import { cachedClusterFile, createPgliteCluster, dumpPglite } from './cluster.ts';

const tables = async (pglite: PGlite) =>
  (
    await pglite.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
    )
  ).rows.map((row) => row.name);

const [backend] = await testBackends();

describe.runIf(backend?.name === 'PGlite')('a new embedded cluster', { timeout: 120_000 }, () => {
  let folder: string;
  let cache: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'chiso-cluster-'));
    cache = join(folder, 'cache');
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('starts from the kept copy, in memory and in a folder', async () => {
    // A copy marked with a table (made from a test database: no initdb), which new clusters show if they start from it.
    const marked = await (backend as NonNullable<typeof backend>).open();
    const pglite = marked.db.$pglite as PGlite;
    await pglite.exec('CREATE TABLE marked (id int)');
    await mkdir(cache, { recursive: true });
    await writeFile(cachedClusterFile(cache) as string, await dumpPglite(pglite));
    await marked.drop();

    const inMemory = await createPgliteCluster('memory://', cache);
    expect(await tables(inMemory)).toContain('marked');
    await inMemory.close();
    const onDisk = await createPgliteCluster(join(folder, 'data'), cache);
    expect(await tables(onDisk)).toContain('marked');
    await onDisk.exec('INSERT INTO marked VALUES (1)');
    await onDisk.close();
  });

  // One initdb: seconds on busy cores.
  it('replaces a copy that does not load with one of the cluster it initialises instead, and drops older builds’ copies', async () => {
    await writeFile(cachedClusterFile(cache) as string, 'not a tar archive');
    const older = join(cache, 'pglite-0123456789ab.tar');
    await writeFile(older, 'an older PGlite build’s copy');
    const pglite = await createPgliteCluster('memory://', cache);
    expect(await tables(pglite)).toEqual([]);
    await pglite.close();
    const copy = await readFile(cachedClusterFile(cache) as string);
    // A data folder's archive, with PostgreSQL's version file in it.
    expect(copy.length).toBeGreaterThan(1_000_000);
    expect(copy.includes('PG_VERSION')).toBe(true);
    expect(existsSync(older)).toBe(false);
  });
});
