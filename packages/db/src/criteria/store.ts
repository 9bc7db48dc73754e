/**
 * Writes criteria versions: the document as validated by @chiso/scoring, its totals, and its nodes
 * flattened for queries. Shared by the API's draft mutations and the demo seed, so both store a
 * version the same way. Callers check what the domain requires (status, revision, labels) first.
 */
import { type CriteriaSet, toHundredths } from '@chiso/scoring';
import type { Tx } from '../client.ts';
import type { CriteriaVersion, Prisma, VersionStatus } from '../generated/prisma/client.ts';
import { bulkInsert } from '../national/bulk.ts';
import { uuid7 } from '../units/uuid7.ts';
import { CRITERIA_NODE_COLUMNS, type CriteriaNodeRow, countCriteria, flattenCriteriaSet } from './flatten.ts';
import { type PreparedCriteriaVersion, prepareCriteriaVersion, storedDocumentJson } from './prepare.ts';

export interface ImportOptions {
  status: VersionStatus;
  /** The version a draft was copied from. */
  basedOnId?: string | null;
  /** A new set's province; absent or null: a ministry set, shared by every province. */
  provinceId?: string | null;
}

/**
 * Stores one version of a set: creates the CriteriaSet row when its code is new in its province
 * (`provinceId`; the national sets when null), else reuses it,
 * then the CriteriaVersion and its nodes. A version label already used by the set fails on the
 * unique (setId, version) constraint (Prisma P2002).
 */
export function importCriteriaSet(tx: Tx, set: CriteriaSet, options: ImportOptions): Promise<StoredVersion> {
  return importPreparedVersion(tx, prepareCriteriaVersion(set), options);
}

/** A version as written, without its document (which the caller has, and may be large). */
export type StoredVersion = Omit<CriteriaVersion, 'document'>;

/** importCriteriaSet with the set already prepared (prepare.ts), e.g. on a worker thread. */
export async function importPreparedVersion(
  tx: Tx,
  prepared: PreparedCriteriaVersion,
  options: ImportOptions,
): Promise<StoredVersion> {
  const existing = await tx.criteriaSet.findFirst({
    where: { code: prepared.set.code, provinceId: options.provinceId ?? null },
    select: { id: true },
  });
  const setId =
    existing?.id ??
    (
      await tx.criteriaSet.create({
        // A new set's province (null: the ministry's, shared by every province).
        data: { ...prepared.set, provinceId: options.provinceId ?? null },
        select: { id: true },
      })
    ).id;
  const version = await tx.criteriaVersion.create({
    data: {
      setId,
      version: prepared.version,
      status: options.status,
      basedOnId: options.basedOnId ?? null,
      publishedAt: options.status === 'PUBLISHED' ? new Date() : null,
      // Written below from its JSON text: as an object, the document would be walked value by value
      // by the client (serialising, planning) on the request thread, then read back and parsed.
      document: {},
      maxPoints: prepared.maxPoints,
      criteriaCount: prepared.criteriaCount,
    },
    omit: { document: true },
  });
  await tx.$executeRaw`UPDATE "CriteriaVersion" SET "document" = ${prepared.documentJson}::jsonb WHERE "id" = ${version.id}`;
  await insertNodes(tx, prepared.nodes, version.id);
  return version;
}

/**
 * Rewrites a version's document and nodes, and increments its revision (documents are cached by
 * id and revision). With `revision`, only a version still at that revision is written: the answer
 * is null when another change came first, so a stale edit never overwrites a newer one.
 */
export async function replaceVersionDocument(
  tx: Tx,
  versionId: string,
  set: CriteriaSet,
  options: { revision?: number } = {},
): Promise<CriteriaVersion | null> {
  const { count } = await tx.criteriaVersion.updateMany({
    where: { id: versionId, ...(options.revision === undefined ? {} : { revision: options.revision }) },
    data: { ...documentFields(set), revision: { increment: 1 } },
  });
  if (count === 0) return null;
  await tx.criteriaNode.deleteMany({ where: { versionId } });
  await insertNodes(tx, flattenCriteriaSet(set), versionId);
  return tx.criteriaVersion.findUniqueOrThrow({ where: { id: versionId } });
}

/**
 * Rows per statement when a version's nodes are written. On the embedded database every statement
 * runs on the request thread: Prisma's createMany of the district set's 175 nodes held it (and
 * `/healthz`) for hundreds of milliseconds on a busy machine, 25 rows at a time still 50–290 ms a
 * statement (the client plans each one). A bulk INSERT from one JSON text costs a few milliseconds
 * per 60 rows, and the loop turns between statements.
 */
const NODES_PER_STATEMENT = 60;

async function insertNodes(tx: Tx, nodes: CriteriaNodeRow[], versionId: string): Promise<void> {
  const rows = nodes.map((row) => ({ ...row, id: uuid7(), versionId }));
  for (let start = 0; start < rows.length; start += NODES_PER_STATEMENT) {
    await bulkInsert(
      tx,
      'CriteriaNode',
      CRITERIA_NODE_COLUMNS,
      rows.slice(start, start + NODES_PER_STATEMENT),
    );
  }
}

/** The stored document: plain JSON, without the editor's `$schema` pointer (a path relative to a file). */
export function storedDocument(set: CriteriaSet): Prisma.InputJsonValue {
  return JSON.parse(storedDocumentJson(set)) as Prisma.InputJsonValue;
}

function documentFields(set: CriteriaSet) {
  return {
    document: storedDocument(set),
    maxPoints: toHundredths(set.maxPoints),
    criteriaCount: countCriteria(set),
  };
}
