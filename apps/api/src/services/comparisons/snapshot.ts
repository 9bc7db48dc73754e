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

const keyOf = (text: Prisma.Sql) =>
  createHash('sha256').update(text.text).update('\0').update(JSON.stringify(text.values)).digest('base64url');

/**
 * The text each statement (one row of one column) selects: from its snapshot when current, else built
 * now and kept. One statement when every snapshot is current — a lookup, cheap to plan, where the
 * statements themselves take milliseconds to plan — and one more for each that is not.
 */
export async function snapshotted(db: Db, texts: readonly Prisma.Sql[]): Promise<Array<string | null>> {
  const keys = texts.map(keyOf);
  const kept = await db.$queryRaw<Array<{ n: number; key: string | null; body: string | null }>>`
    SELECT c.n, s."key", s."body"
    FROM (SELECT count(*)::int AS n FROM "PublishedChange") c
    LEFT JOIN "CohortSnapshot" s ON s."key" = ANY(${keys}::text[]) AND s."stamp" = c.n`;
  const changes = kept[0]?.n ?? 0;
  const current = new Map(kept.map((row) => [row.key, row.body]));
  return Promise.all(
    texts.map((text, index) => {
      const key = keys[index] as string;
      return current.get(key) ?? buildOnce(db, key, changes, text);
    }),
  );
}

const SHARED_FOR_MS = 1_000;

/** Per database and key, the latest build this process began and the count of changes its callers saw. */
const buildsOf = new WeakMap<Db, Map<string, { changes: number; text: Promise<string | null> }>>();

/**
 * After a change every reader of a cohort finds its snapshot stale at once: those that saw the same
 * count of changes share one build (under way or done) instead of each running the cohort's
 * statement. A build may see a newer count than its callers did, never an older one.
 */
function buildOnce(db: Db, key: string, changes: number, text: Prisma.Sql): Promise<string | null> {
  let builds = buildsOf.get(db);
  if (!builds) {
    builds = new Map();
    buildsOf.set(db, builds);
  }
  const known = builds.get(key);
  if (known?.changes === changes) return known.text;
  const built = build(db, key, text);
  builds.set(key, { changes, text: built });
  // Kept a moment after it is done, for readers whose lookup raced it (on PostgreSQL they run side by
  // side); a failed build is not shared with later readers.
  const forget = () => {
    if (builds.get(key)?.text === built) builds.delete(key);
  };
  built.then(() => setTimeout(forget, SHARED_FOR_MS).unref(), forget);
  return built;
}

/**
 * The statement's text, kept with the count of changes it saw (the same statement, so the same
 * MVCC snapshot) unless a newer text — a higher count — was kept meanwhile.
 */
async function build(db: Db, key: string, text: Prisma.Sql): Promise<string | null> {
  const [row] = await db.$queryRaw<Array<{ body: string | null }>>`
    WITH fresh AS MATERIALIZED (
      SELECT (SELECT count(*)::int FROM "PublishedChange") AS n, (${text}) AS "body"
    ),
    keep AS (
      INSERT INTO "CohortSnapshot" ("key", "stamp", "body")
      SELECT ${key}, fresh.n, fresh."body" FROM fresh WHERE fresh."body" IS NOT NULL
      ON CONFLICT ("key") DO UPDATE SET "stamp" = EXCLUDED."stamp", "body" = EXCLUDED."body", "builtAt" = now()
        WHERE "CohortSnapshot"."stamp" < EXCLUDED."stamp"
    )
    SELECT "body" FROM fresh`;
  return row?.body ?? null;
}
