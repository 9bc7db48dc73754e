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
import { type Db, Prisma } from '@chiso/db';
import { LRUCache } from 'lru-cache';

const keyOf = (text: Prisma.Sql) =>
  createHash('sha256').update(text.text).update('\0').update(JSON.stringify(text.values)).digest('base64url');

/** A read: its statement (one row of one column: a text), and what its caller makes of the text. */
export interface SnapshotRead<T> {
  sql: Prisma.Sql;
  /**
   * Module-level (the same function each time): what it makes is kept per key and function. It may
   * make it over several turns (a promise: kept as such, every reader awaits the one promise).
   */
  read(body: string | null): T | Promise<T>;
}

/** A read of the text itself. */
export const asText = (body: string | null) => body;

/** The texts each statement selects (see `readSnapshots`). */
export const snapshotted = (db: Db, texts: readonly Prisma.Sql[]): Promise<Array<string | null>> =>
  readSnapshots(
    db,
    texts.map((sql) => ({ sql, read: asText })),
  );

/**
 * How much this process keeps per database, measured by the texts' length (a value in memory is a few
 * times its text): a province's communes with their criteria are ~630 kB of text, so ~50 of those; a
 * text over 8 MB — the whole nation's communes, ~38 MB — is never kept, but made on every read as before.
 */
const HELD = { max: 256, maxSize: 32 * 2 ** 20, maxEntrySize: 8 * 2 ** 20 };

type Held = { changes: number; value: unknown; size: number };

/** A number per read function: what each makes of a text is kept apart. */
const readers = new WeakMap<(body: string | null) => unknown, number>();
let lastReader = 0;
const readerNumber = (read: (body: string | null) => unknown) => {
  let number = readers.get(read);
  if (number === undefined) {
    number = ++lastReader;
    readers.set(read, number);
  }
  return number;
};

/** Per database, what this process made of each text (per read function), and the count of changes that text was current at. */
const heldOf = new WeakMap<Db, LRUCache<string, Held>>();

/**
 * A database whose reads are made anew each time: `pnpm bench:api`'s baseline, which executes over
 * the rows held in memory (their shaping included, as the issue's "in-memory execute" was defined).
 */
export function makeEveryRead(db: Db): Db {
  holdsNothing.add(db);
  return db;
}

const holdsNothing = new WeakSet<Db>();

/**
 * What each read makes of the text its statement selects: from its snapshot when current, else built
 * now and kept. One statement when every snapshot is current — a lookup, cheap to plan, where the
 * statements themselves take milliseconds to plan — and one more for those that are not, built together
 * (a summary's two periods were two: six statements for its first request, one over the five).
 *
 * What a read made of a text is kept in this process with the count of changes the text was current
 * at, and the lookup leaves out the text of each read this process already holds at the current count:
 * decoding, parsing and shaping a province's two-period text (megabytes) was most of an uncached
 * matrix request's work (bench/RESULTS.md, "Snapshots read once per change"). Every read still waits
 * for a lookup sent after it arrived (`lookUp`: shared by the reads waiting together), so a change
 * made through another process is seen at once.
 */
export async function readSnapshots<T>(db: Db, reads: ReadonlyArray<SnapshotRead<T>>): Promise<T[]> {
  let held = heldOf.get(db);
  if (!held) {
    held = new LRUCache({ ...HELD, sizeCalculation: (entry) => entry.size });
    heldOf.set(db, held);
  }
  const holds = !holdsNothing.has(db);
  // What this process holds for each read, taken before the lookup: another request may replace it meanwhile.
  const keyed = reads.map((read) => {
    const key = keyOf(read.sql);
    const slot = `${readerNumber(read.read)}:${key}`;
    return { ...read, key, slot, held: holds ? held.get(slot) : undefined };
  });
  const { changes, current } = await lookUp(db, keyed);
  const built = buildOnce(
    db,
    keyed.filter((read) => !current.has(read.key)).map(({ key, sql }) => ({ key, text: sql })),
    changes,
  );
  /** A text's value, kept with the count it was current at (a build's may be newer: kept as the lookup's). */
  const made = (
    { slot, read }: { slot: string; read: (body: string | null) => T | Promise<T> },
    body: string | null,
  ): T | Promise<T> => {
    // Requests that asked before any held it were each sent the text: the first to get it makes it,
    // the others take what it made (at the start of a load, each of dozens of readers made a cohort).
    const already = holds ? held.get(slot) : undefined;
    if (already?.changes === changes) return already.value as T | Promise<T>;
    const value = read(body);
    if (!holds) return value;
    held.set(slot, { changes, value, size: Math.max(1, body?.length ?? 0) });
    // What failed to be made is not kept: the next read makes it again.
    if (value instanceof Promise) value.catch(() => held.get(slot)?.value === value && held.delete(slot));
    return value;
  };
  return Promise.all(
    keyed.map(async (read) => {
      if (!current.has(read.key)) return made(read, await built(read.key));
      if (read.held?.changes === changes) return read.held.value as T | Promise<T>;
      // Not held at this count, so its text was sent (see lookUpOnce).
      return made(read, current.get(read.key) ?? null);
    }),
  );
}

/** A read with its snapshot's key, and what this process held for it before the lookup. */
interface KeyedRead {
  key: string;
  held: Held | undefined;
}

/** The count of changes, and the current snapshots' texts by key (null: left out, held here). */
interface Lookup {
  changes: number;
  current: Map<string, string | null>;
}

type Waiting = { reads: readonly KeyedRead[]; done(lookup: Lookup): void; failed(error: unknown): void };
/** The reads waiting for the next lookup, and whether one is under way. */
type LookupQueue = { waiting: Waiting[]; running: boolean };
const lookupsOf = new WeakMap<Db, LookupQueue>();

/**
 * The lookup of `reads`, shared with the reads of other requests: one lookup at a time per database,
 * and those that arrive meanwhile go together in the next. Under load, each request's own lookup was
 * ~15 % of an uncached matrix request (bench/RESULTS.md, "Stop 31"). Every lookup is sent after the
 * reads it answers arrived, so each still sees every change committed before it asked.
 */
function lookUp(db: Db, reads: readonly KeyedRead[]): Promise<Lookup> {
  let queue = lookupsOf.get(db);
  if (!queue) {
    queue = { waiting: [], running: false };
    lookupsOf.set(db, queue);
  }
  const lookups = queue;
  return new Promise((done, failed) => {
    lookups.waiting.push({ reads, done, failed });
    if (!lookups.running) void lookUpWaiting(db, lookups);
  });
}

async function lookUpWaiting(db: Db, queue: LookupQueue) {
  queue.running = true;
  try {
    while (queue.waiting.length > 0) {
      const batch = queue.waiting.splice(0);
      try {
        const lookup = await lookUpOnce(
          db,
          batch.flatMap((waiting) => waiting.reads),
        );
        for (const waiting of batch) waiting.done(lookup);
      } catch (error) {
        for (const waiting of batch) waiting.failed(error);
      }
    }
  } finally {
    queue.running = false;
  }
}

/** One statement: the count of changes, and the current snapshots of `reads` with their texts. */
async function lookUpOnce(db: Db, reads: readonly KeyedRead[]): Promise<Lookup> {
  // A text is left out only when every read of it holds a value at one count (another reader of
  // the same statement may need the text).
  const counts = new Map<string, number | null>();
  for (const { key, held } of reads) {
    const count = held?.changes ?? null;
    counts.set(key, counts.has(key) && counts.get(key) !== count ? null : count);
  }
  const tags = [...counts].flatMap(([key, count]) => (count === null ? [] : [`${key}:${count}`]));
  const rows = await db.$queryRaw<Array<{ n: number; key: string | null; body: string | null }>>`
    SELECT c.n, s."key",
      CASE WHEN s."key" || ':' || c.n = ANY(${tags}::text[]) THEN NULL ELSE s."body" END AS "body"
    FROM (SELECT count(*)::int AS n FROM "PublishedChange") c
    LEFT JOIN "CohortSnapshot" s ON s."key" = ANY(${[...counts.keys()]}::text[]) AND s."stamp" = c.n`;
  return { changes: rows[0]?.n ?? 0, current: new Map(rows.map((row) => [row.key as string, row.body])) };
}

const SHARED_FOR_MS = 1_000;

type Build = { changes: number; text: Promise<string | null> };

/** Per database and key, the latest build this process began and the count of changes its callers saw. */
const buildsOf = new WeakMap<Db, Map<string, Build>>();

/**
 * After a change every reader of a cohort finds its snapshot stale at once: those that saw the same
 * count of changes share one build (under way or done) instead of each running the cohort's
 * statement. A build may see a newer count than its callers did, never an older one. The reads no
 * build under way covers are built in one statement; the answer is each key's text.
 */
function buildOnce(
  db: Db,
  reads: ReadonlyArray<{ key: string; text: Prisma.Sql }>,
  changes: number,
): (key: string) => Promise<string | null> {
  let builds = buildsOf.get(db);
  if (!builds) {
    builds = new Map();
    buildsOf.set(db, builds);
  }
  const shared = builds;
  // Once per key: a row twice in one INSERT … ON CONFLICT DO UPDATE is an error (a comparison of a
  // period with itself reads the same text twice).
  const unbuilt = [...new Map(reads.map((read) => [read.key, read])).values()].filter(
    (read) => shared.get(read.key)?.changes !== changes,
  );
  if (unbuilt.length > 0) {
    const texts = build(db, unbuilt);
    for (const { key } of unbuilt) {
      const text = texts.then((byKey) => byKey.get(key) ?? null);
      shared.set(key, { changes, text });
      // Kept a moment after it is done, for readers whose lookup raced it (on PostgreSQL they run side
      // by side); a failed build is not shared with later readers.
      const forget = () => {
        if (shared.get(key)?.text === text) shared.delete(key);
      };
      text.then(() => setTimeout(forget, SHARED_FOR_MS).unref(), forget);
    }
  }
  return (key) => (shared.get(key) as Build).text;
}

/**
 * The statements' texts, each kept with the count of changes they saw (the same statement, so the
 * same MVCC snapshot) unless a newer text — a higher count — was kept meanwhile.
 */
async function build(
  db: Db,
  reads: ReadonlyArray<{ key: string; text: Prisma.Sql }>,
): Promise<Map<string, string | null>> {
  const values = Prisma.join(reads.map(({ key, text }) => Prisma.sql`(${key}::text, (${text}))`));
  const rows = await db.$queryRaw<Array<{ key: string; body: string | null }>>`
    WITH fresh AS MATERIALIZED (
      SELECT (SELECT count(*)::int FROM "PublishedChange") AS n, v."key", v."body"
      FROM (VALUES ${values}) AS v("key", "body")
    ),
    keep AS (
      INSERT INTO "CohortSnapshot" ("key", "stamp", "body")
      SELECT fresh."key", fresh.n, fresh."body" FROM fresh WHERE fresh."body" IS NOT NULL
      ON CONFLICT ("key") DO UPDATE SET "stamp" = EXCLUDED."stamp", "body" = EXCLUDED."body", "builtAt" = now()
        WHERE "CohortSnapshot"."stamp" < EXCLUDED."stamp"
    )
    SELECT "key", "body" FROM fresh`;
  return new Map(rows.map((row) => [row.key, row.body]));
}
