import type { Db } from '@chiso/db';
import { Client } from '@chiso/testing/client';
import type { TestBackend } from '@chiso/testing/databases';
import { type InProcessServer, scriptBackend, serveInProcess } from './in-process.ts';

/**
 * The console's main reads, as GraphQL operations over HTTP, each at two page sizes. The count
 * includes every statement the request sends, the session lookup too.
 */
export const OPERATIONS: Record<string, string> = {
  'units tree': `query ($first: Int!) {
    units(first: $first, kind: COMMUNE) { totalCount edges { node { id code name type
      parent { code name parent { name } } group { code name } } } } }`,
  "a period's assessments": `query ($first: Int!, $periodId: ID!) {
    assessments(periodId: $periodId, first: $first) { edges { node { id status selfPoints
      unit { code name } unitGroup { code } version { version } result { points rank index } } } } }`,
  "one assessment's results": `query ($assessmentId: ID!) {
    node(id: $assessmentId) { ... on Assessment { unit { name } result { points maxPoints rank
      nodes { code kind path points maxPoints share level notRankedReason rank }
      delta { points previousPoints nodes { code delta } } } } } }`,
  "a group's ranking": `query ($first: Int!, $periodId: ID!, $unitGroupId: ID!) {
    ranking(periodId: $periodId, unitGroupId: $unitGroupId, first: $first) { edges { node { unit { code name }
      result { rank points index categories { code points level notRankedReason } } } } } }`,
  'the audit log': `query ($first: Int!) {
    auditLog(first: $first) { edges { node { at actorKind action entityType entityId } } } }`,
};

export const PAGE_SIZES = [10, 100] as const;

export interface SqlMeasurement {
  operation: string;
  /** Statements per page size. */
  statements: Record<number, number>;
}

/**
 * The demo data on a fresh database (the test run's backend, or embedded PGlite for the scripts),
 * served over HTTP, with an admin signed in.
 */
export async function demoServer(backend?: TestBackend): Promise<{
  server: InProcessServer;
  admin: Client;
  ids: Record<string, string>;
}> {
  const server = await serveInProcess(backend ?? (await scriptBackend()), { demo: true });
  const admin = new Client(server.url);
  await admin.signIn('admin@chiso.local', 'chiso-demo');
  return { server, admin, ids: await demoIds(admin) };
}

async function demoIds(admin: Client): Promise<Record<string, string>> {
  const data = await admin.data(
    `{ periods(first: 5) { edges { node { id code } } } unitGroups { id code } }`,
  );
  const period = data.periods.edges.find(
    (edge: { node: { code: string } }) => edge.node.code === '2021',
  ).node;
  const group = data.unitGroups.find((candidate: { code: string }) => candidate.code === 'nhom-3');
  const first = await admin.data(
    `query ($periodId: ID!) { assessments(periodId: $periodId, first: 1) { edges { node { id } } } }`,
    {
      periodId: period.id,
    },
  );
  return { periodId: period.id, unitGroupId: group.id, assessmentId: first.assessments.edges[0].node.id };
}

/**
 * Runs every operation at every page size and counts the SQL statements each sends — in steady
 * state: one warm-up run first, since a criteria document is fetched once per process, not per request.
 */
export async function measureOperations(
  db: Db,
  admin: Client,
  ids: Record<string, string>,
): Promise<SqlMeasurement[]> {
  const measurements: SqlMeasurement[] = [];
  for (const [operation, query] of Object.entries(OPERATIONS)) {
    const statements: Record<number, number> = {};
    for (const first of [PAGE_SIZES[PAGE_SIZES.length - 1] as number, ...PAGE_SIZES]) {
      const variables = Object.fromEntries(
        Object.entries({ ...ids, first }).filter(([name]) => query.includes(`$${name}:`)),
      );
      const { result, statements: count } = await db.$statements.measure(() =>
        admin.request(query, variables),
      );
      if (result.errors?.length) throw new Error(`${operation}: ${JSON.stringify(result.errors)}`);
      statements[first] = count;
    }
    measurements.push({ operation, statements });
  }
  return measurements;
}
