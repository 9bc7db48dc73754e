/**
 * Published comparison reads kept as the database built them (CohortSnapshot): the first read after a
 * change builds the JSON text and keeps it, every later one is an index lookup and one text — what an
 * uncached request costs then is GraphQL and the services' work, not the cohort's SQL
 * (bench/RESULTS.md, "Where an uncached read spends its time").
 *
 * A snapshot is derived data, never a source: it is current while the count of PublishedChange rows
 * is the one the statement that built it saw. The chiso_published triggers add a row in every
 * transaction that changes what a published comparison shows (publishing, reopening, results, criteria,
 * periods, units, lineage), so a change makes every snapshot stale when it commits, and the count and
 * the text come from the same statement (one MVCC snapshot): a read racing a publication keeps a text
 * with the count it saw, which the publication's row outdates.
 */
import { createHash } from 'node:crypto';
import type { Db, Prisma } from '@chiso/db';

/**
 * The one text `text` (a statement answering one row of one column) selects: from its snapshot when
 * current, else built now and kept. One statement either way.
 */
export async function snapshotted(db: Db, text: Prisma.Sql): Promise<string | null> {
  const key = createHash('sha256')
    .update(text.text)
    .update('\0')
    .update(JSON.stringify(text.values))
    .digest('base64url');
  // `fresh` runs the statement only when nothing current is kept (a one-time filter), and the
  // INSERT keeps it unless a newer text (a higher count) was kept meanwhile.
  const [row] = await db.$queryRaw<Array<{ body: string | null }>>`
    WITH stamp AS (SELECT count(*)::int AS n FROM "PublishedChange"),
    kept AS (
      SELECT s."body" FROM "CohortSnapshot" s JOIN stamp ON s."stamp" = stamp.n WHERE s."key" = ${key}
    ),
    fresh AS MATERIALIZED (
      SELECT stamp.n, (${text}) AS "body" FROM stamp WHERE NOT EXISTS (SELECT 1 FROM kept)
    ),
    keep AS (
      INSERT INTO "CohortSnapshot" ("key", "stamp", "body")
      SELECT ${key}, fresh.n, fresh."body" FROM fresh WHERE fresh."body" IS NOT NULL
      ON CONFLICT ("key") DO UPDATE SET "stamp" = EXCLUDED."stamp", "body" = EXCLUDED."body", "builtAt" = now()
        WHERE "CohortSnapshot"."stamp" < EXCLUDED."stamp"
    )
    SELECT "body" FROM kept UNION ALL SELECT "body" FROM fresh`;
  return row?.body ?? null;
}
