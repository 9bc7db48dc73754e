/**
 * The SQL of a published cohort: one statement that answers with one JSON text — the period, the
 * criteria version(s) assigned to the group with the nodes asked for, and each published
 * assessment's unit, result and the result nodes asked for, as positional arrays.
 *
 * Why one JSON text: PostgreSQL (and PGlite, in this process) builds it faster than the driver and
 * Prisma map rows or relation joins into objects — what the comparisons spent most of their time on
 * (bench/RESULTS.md, "Without the response cache") — and one `JSON.parse` reads it. The text is kept
 * until published results change (snapshot.ts): most reads fetch it instead of building it.
 */
import { type Db, type NodeKind, Prisma } from '@chiso/db';
import { asText, readSnapshots } from './snapshot.ts';

export interface CohortSelection {
  periodId: string;
  unitGroupId: string;
  setCode?: string | null | undefined;
  /** Criteria nodes (columns) of these kinds… */
  columnKinds: readonly NodeKind[];
  /** …and result nodes of these kinds… */
  nodeKinds: readonly NodeKind[];
  /** …or with these codes, when given. */
  nodeCodes: readonly string[] | null;
  withUnscored: boolean;
  /** Only this province's units (a province's viewer, a province's public period); null: every province's. */
  provinceId: string | null;
}

/** [id, code, name, startsOn (yyyy-mm-dd), endsOn] */
type PeriodRow = [string, string, string, string, string];
/** [code, kind, path, parentCode, name, nameEn, maxPoints] */
type ColumnRow = [string, NodeKind, string, string | null, string, string, number];
/** [id, version, codeMapping, columns in document order] */
type VersionRow = [string, string, unknown, ColumnRow[] | null];
/**
 * A member's result nodes as parallel arrays (cheaper to build and to parse than one array a node):
 * [nodeCode[], kind[], points[], maxPoints[], level[], rank[], { nodeCode: notRankedReason } | null]
 */
type NodeColumns = [
  string[],
  NodeKind[],
  number[],
  number[],
  Array<number | null>,
  Array<number | null>,
  Record<string, unknown> | null,
];
/**
 * [assessmentId, unitId, code, name, unitKind, type, parentId, parentName,
 *  points, maxPoints, index, band, rank, notRankedCode, nodes]
 */
export type MemberRow = [
  string,
  string,
  string,
  string,
  string,
  string,
  string | null,
  string | null,
  number,
  number,
  number,
  string | null,
  number | null,
  string | null,
  NodeColumns,
];

export interface CohortRows {
  period: PeriodRow | null;
  versions: VersionRow[] | null;
  members: MemberRow[] | null;
}

/** The version's set: the one named, else the group's main set (not a provincial supplement). */
const setCondition = (setCode: string | null | undefined, set: Prisma.Sql) =>
  setCode ? Prisma.sql`${set}."code" = ${setCode}` : Prisma.sql`${set}."supplements" IS NULL`;

const kindOrCode = (
  kind: Prisma.Sql,
  code: Prisma.Sql,
  kinds: readonly NodeKind[],
  codes: readonly string[] | null,
) =>
  codes
    ? Prisma.sql`(${kind}::text = ANY(${[...kinds]}::text[]) OR ${code} = ANY(${[...codes]}::text[]))`
    : Prisma.sql`${kind}::text = ANY(${[...kinds]}::text[])`;

/**
 * Cohorts (both periods of a comparison, say), each made by `shape` from its rows, and the texts of
 * `also` (statements of snapshot.ts's kind), in one lookup while their snapshots are current. `shape`
 * is module-level: what it makes is kept while the snapshot is current, shared by every later read.
 */
export async function readCohorts<T>(
  db: Db,
  selections: readonly CohortSelection[],
  shape: (rows: CohortRows) => T | Promise<T>,
  also: readonly Prisma.Sql[] = [],
): Promise<{ cohorts: T[]; also: Array<string | null> }> {
  const read = readerOf(shape);
  const values = await readSnapshots<unknown>(db, [
    ...selections.map((selection) => ({ sql: cohortSql(selection), read })),
    ...also.map((sql) => ({ sql, read: asText })),
  ]);
  return {
    cohorts: values.slice(0, selections.length) as T[],
    also: values.slice(selections.length) as Array<string | null>,
  };
}

/** One reader per shape, so snapshot.ts keeps what it made (it keeps values per key and reader). */
const readers = new WeakMap<object, (body: string | null) => unknown>();
function readerOf<T>(shape: (rows: CohortRows) => T | Promise<T>) {
  let read = readers.get(shape);
  if (!read) {
    read = (body) => shape(JSON.parse(body ?? '{}') as CohortRows);
    readers.set(shape, read);
  }
  return read;
}

/**
 * Which result nodes a member reads. Categories and groups are a few of a unit's ~100 rows: they are
 * looked up by code in the (assessmentId, nodeCode) index, the codes being the set's nodes of those
 * kinds (a superset when versions differ; the kind filter keeps it exact). Criteria and indicators
 * are most of the rows: all of the assessment's are scanned and filtered by kind.
 */
function resultNodeWhere(selection: CohortSelection): Prisma.Sql {
  const exact = kindOrCode(
    Prisma.sql`rn."kind"`,
    Prisma.sql`rn."nodeCode"`,
    selection.nodeKinds,
    selection.nodeCodes,
  );
  if (selection.nodeKinds.some((kind) => kind === 'CRITERION' || kind === 'INDICATOR')) return exact;
  return Prisma.sql`rn."nodeCode" = ANY(ARRAY(
      SELECT DISTINCT n."code" FROM "CriteriaNode" n
      JOIN "CriteriaVersion" v ON v."id" = n."versionId" JOIN "CriteriaSet" s ON s."id" = v."setId"
      WHERE ${setCondition(selection.setCode, Prisma.sql`s`)} AND n."kind"::text = ANY(${[...selection.nodeKinds]}::text[])
    ) || ${[...(selection.nodeCodes ?? [])]}::text[]) AND ${exact}`;
}

function cohortSql(selection: CohortSelection): Prisma.Sql {
  const { periodId, unitGroupId } = selection;
  const columnWhere = kindOrCode(
    Prisma.sql`n."kind"`,
    Prisma.sql`n."code"`,
    selection.columnKinds,
    selection.nodeCodes,
  );
  const nodeWhere = resultNodeWhere(selection);
  const scored = selection.withUnscored ? Prisma.empty : Prisma.sql`AND r."notRankedCode" IS NULL`;
  // A condition of the same statement (no statement added); the national text stays as it was.
  const inProvince = selection.provinceId
    ? Prisma.sql`AND u."provinceId" = ${selection.provinceId}`
    : Prisma.empty;
  return Prisma.sql`
    SELECT json_build_object(
      'period', (
        SELECT json_build_array(p."id", p."code", p."name", p."startsOn", p."endsOn")
        FROM "Period" p WHERE p."id" = ${periodId}
      ),
      'versions', (
        SELECT json_agg(json_build_array(v."id", v."version", v."codeMapping", (
          SELECT json_agg(
            json_build_array(n."code", n."kind", n."path", n."parentCode", n."name", n."nameEn", n."maxPoints")
            ORDER BY n."position")
          FROM "CriteriaNode" n WHERE n."versionId" = v."id" AND ${columnWhere}
        )) ORDER BY v."id")
        FROM "CriteriaVersion" v JOIN "CriteriaSet" s ON s."id" = v."setId"
        WHERE ${setCondition(selection.setCode, Prisma.sql`s`)}
          AND EXISTS (
            SELECT 1 FROM "PeriodAssignment" pa
            WHERE pa."versionId" = v."id" AND pa."periodId" = ${periodId} AND pa."unitGroupId" = ${unitGroupId}
          )
      ),
      'members', (
        SELECT json_agg(json_build_array(
          a."id", u."id", u."code", u."name", u."kind", u."type", u."parentId", parent."name",
          r."points", r."maxPoints", r."index", r."band", r."rank", r."notRankedCode", (
            -- One row stream: every aggregate reads the rows in the same order.
            SELECT json_build_array(
              array_agg(rn."nodeCode"), array_agg(rn."kind"), array_agg(rn."points"), array_agg(rn."maxPoints"),
              array_agg(rn."level"), array_agg(rn."rank"),
              json_object_agg(rn."nodeCode", rn."notRankedReason") FILTER (WHERE rn."notRankedReason" IS NOT NULL))
            FROM "ResultNode" rn WHERE rn."assessmentId" = a."id" AND ${nodeWhere}
          )))
        FROM "Assessment" a
        JOIN "AssessmentResult" r ON r."assessmentId" = a."id"
        JOIN "Unit" u ON u."id" = a."unitId"
        LEFT JOIN "Unit" parent ON parent."id" = u."parentId"
        JOIN "CriteriaVersion" v ON v."id" = a."versionId"
        JOIN "CriteriaSet" s ON s."id" = v."setId"
        WHERE a."periodId" = ${periodId} AND a."unitGroupId" = ${unitGroupId} AND a."status" = 'PUBLISHED'
          AND ${setCondition(selection.setCode, Prisma.sql`s`)} ${scored} ${inProvince}
      )
    )::text AS cohort`;
}

export interface PreviousResults {
  /** The group's latest published period ending before this one that has published assessments. */
  period: { id: string; code: string; name: string; startsOn: Date } | null;
  /** Unit id → its published result there. */
  results: Map<string, { points: number; rank: number | null }>;
}

/**
 * The group's previous published period and its published results, in one statement: the latest
 * period (ties: the lowest code) among those ending before this one with published assessments of
 * the set, and the units' totals and ranks there.
 */
export const previousResultsSql = (query: {
  periodId: string;
  unitGroupId: string;
  setCode?: string | null | undefined;
}) => Prisma.sql`
    WITH earlier AS (
      SELECT a."unitId", a."periodId", r."assessmentId" AS "resultOf", r."points", r."rank"
      FROM "Assessment" a
      JOIN "Period" p ON p."id" = a."periodId"
      JOIN "CriteriaVersion" v ON v."id" = a."versionId"
      JOIN "CriteriaSet" s ON s."id" = v."setId"
      LEFT JOIN "AssessmentResult" r ON r."assessmentId" = a."id"
      WHERE a."unitGroupId" = ${query.unitGroupId} AND a."status" = 'PUBLISHED'
        AND ${setCondition(query.setCode, Prisma.sql`s`)}
        AND p."status" = 'PUBLISHED'
        AND p."endsOn" < (SELECT "endsOn" FROM "Period" WHERE "id" = ${query.periodId})
    ), previous AS (
      SELECT p."id", p."code", p."name", p."startsOn" FROM "Period" p
      WHERE p."id" IN (SELECT "periodId" FROM earlier)
      ORDER BY p."endsOn" DESC, p."code" COLLATE "C"
      LIMIT 1
    )
    SELECT json_build_object(
      'period', (SELECT json_build_array("id", "code", "name", "startsOn") FROM previous),
      'results', (
        SELECT json_agg(json_build_array(e."unitId", e."points", e."rank")) FROM earlier e
        WHERE e."periodId" = (SELECT "id" FROM previous) AND e."resultOf" IS NOT NULL
      )
    )::text AS previous`;

/** The text of previousResultsSql. */
export function previousResultsOf(text: string | null): PreviousResults {
  const parsed = JSON.parse(text ?? '{}') as {
    period: [string, string, string, string] | null;
    results: Array<[string, number, number | null]> | null;
  };
  const period = parsed.period;
  return {
    period: period && { id: period[0], code: period[1], name: period[2], startsOn: new Date(period[3]) },
    results: new Map((parsed.results ?? []).map(([unitId, points, rank]) => [unitId, { points, rank }])),
  };
}
