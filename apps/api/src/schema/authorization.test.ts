/**
 * The authorization matrix on the demo data: every operation × every role gives the data or
 * FORBIDDEN (UNAUTHENTICATED for nobody), and never another unit's unpublished data. Mutations are
 * called with inputs their input types accept but that fail after authorization (stale revisions,
 * unknown codes, wrong states), so an allowed role gets a non-authorization error and nothing in
 * the database changes. (An input its type refuses is VALIDATION_FAILED for anyone, like GraphQL's
 * own type checks: it reveals nothing about the data.)
 */
import { DEMO_PASSWORD } from '@chiso/db/seed';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createUser,
  type GraphQLResponse,
  startTestServer,
  type TestServer,
  testBackends,
} from '../test/harness.ts';

const ROLES = ['admin', 'reviewer', 'officer', 'otherOfficer', 'analyst', 'dashboard', 'anonymous'] as const;
type Caller = (typeof ROLES)[number];

interface Ids {
  draft: string;
  submitted: string;
  period2021: string;
  period2022: string;
  districts: string;
  publishedVersion: string;
  districtSet: string;
}

interface Operation {
  name: string;
  document: string;
  variables?: (ids: Ids) => Record<string, unknown>;
  allowed: readonly Caller[];
  /** Only the refusals are tried: any accepted input would change data (the allowed call is made elsewhere). */
  refusalsOnly?: boolean;
}

const SIGNED_IN: readonly Caller[] = ['admin', 'reviewer', 'officer', 'otherOfficer', 'analyst'];
const READERS: readonly Caller[] = [...SIGNED_IN, 'dashboard'];
const typed = (field: string, args: string) =>
  `mutation { ${field}(input: { ${args} }) { __typename ... on AppError { code } } }`;

/** A unit that does not exist: the period's state or the missing extension refuses after authorization. */
const NO_UNIT = encodeGlobalID('Unit', '01900000-0000-7000-8000-000000000000');
const ANOTHER_NO_UNIT = encodeGlobalID('Unit', '01900000-0000-7000-8000-000000000001');

const OPERATIONS: Operation[] = [
  { name: 'units', document: '{ units(first: 5) { totalCount } }', allowed: READERS },
  { name: 'unitGroups', document: '{ unitGroups { code } }', allowed: READERS },
  {
    name: 'criteriaSets',
    document: '{ criteriaSets(first: 10) { edges { node { code } } } }',
    allowed: READERS,
  },
  { name: 'periods', document: '{ periods(first: 5) { edges { node { code } } } }', allowed: READERS },
  {
    name: 'ranking (published)',
    document:
      'query ($p: ID!, $g: ID!) { ranking(periodId: $p, unitGroupId: $g, first: 20) { edges { node { id } } } }',
    variables: (ids) => ({ p: ids.period2021, g: ids.districts }),
    allowed: READERS,
  },
  {
    name: "Vân Đồn's draft (node)",
    document: 'query ($id: ID!) { node(id: $id) { ... on Assessment { status entries { nodeCode } } } }',
    variables: (ids) => ({ id: ids.draft }),
    allowed: ['admin', 'reviewer', 'officer'],
  },
  { name: 'auditLog', document: '{ auditLog(first: 5) { edges { node { action } } } }', allowed: ['admin'] },
  { name: 'apiTokens', document: '{ apiTokens { name } }', allowed: ['admin'] },
  {
    name: 'createPeriod',
    document: typed(
      'createPeriod',
      'code: "x", name: "x", kind: YEAR, startsOn: "2024-12-31", endsOn: "2024-01-01"',
    ),
    allowed: ['admin'],
  },
  {
    name: 'createUnitGroup',
    document: typed('createUnitGroup', 'code: "nhom-1", name: "Trùng mã", nameEn: "Taken code"'),
    allowed: ['admin'],
  },
  { name: 'unitSources', document: '{ unitSources { id } }', allowed: ['admin'] },
  {
    name: 'previewUnitImport',
    document: typed('previewUnitImport', 'provinceCode: "99", sourceId: "none"'),
    allowed: ['admin'],
  },
  {
    name: 'importUnitCatalogue',
    document: typed('importUnitCatalogue', 'provinceCode: "99", sourceId: "none"'),
    allowed: ['admin'],
  },
  {
    name: 'mergeUnits',
    document: typed(
      'mergeUnits',
      // Two units that do not exist: NOT_FOUND once past authorization.
      `unitIds: ["${NO_UNIT}", "${ANOTHER_NO_UNIT}"], date: "2025-07-01", successor: { code: "99999", name: "Xã Thử", type: "Xã" }`,
    ),
    allowed: ['admin'],
  },
  {
    name: 'createCriteriaDraftFromYaml',
    document: typed('createCriteriaDraftFromYaml', 'yaml: "code: ["'),
    allowed: ['admin'],
  },
  {
    name: 'publishCriteriaVersion',
    document:
      'mutation ($v: ID!) { publishCriteriaVersion(input: { id: $v, revision: 999 }) { __typename ... on AppError { code } } }',
    variables: (ids) => ({ v: ids.publishedVersion }),
    allowed: ['admin'],
  },
  {
    name: 'setCriterionEfforts',
    document:
      'mutation ($s: ID!) { setCriterionEfforts(input: { setId: $s, efforts: [], revision: 999 }) { __typename ... on AppError { code } } }',
    variables: (ids) => ({ s: ids.districtSet }),
    allowed: ['admin'],
  },
  {
    name: 'openPeriod',
    document: 'mutation ($p: ID!) { openPeriod(input: { id: $p }) { __typename ... on AppError { code } } }',
    variables: (ids) => ({ p: ids.period2021 }),
    allowed: ['admin'],
  },
  {
    name: 'createApiToken',
    document: typed('createApiToken', 'name: "Probe"'),
    allowed: ['admin'],
    // The admin creates one in beforeAll.
    refusalsOnly: true,
  },
  {
    name: 'saveAssessmentEntries',
    document:
      'mutation ($a: ID!) { saveAssessmentEntries(input: { id: $a, revision: 999, entries: [{ nodeCode: "SS.01", input: 1 }] }) { __typename ... on AppError { code } } }',
    variables: (ids) => ({ a: ids.draft }),
    allowed: ['admin', 'officer'],
  },
  {
    name: 'submitAssessment',
    document:
      'mutation ($a: ID!) { submitAssessment(input: { id: $a, revision: 999 }) { __typename ... on AppError { code } } }',
    variables: (ids) => ({ a: ids.draft }),
    allowed: ['admin', 'officer'],
  },
  {
    name: 'attachEvidenceLink',
    document:
      'mutation ($a: ID!) { attachEvidenceLink(input: { assessmentId: $a, nodeCode: "ZZ.99", title: "x", url: "https://example.gov.vn/x" }) { __typename ... on AppError { code } } }',
    variables: (ids) => ({ a: ids.draft }),
    allowed: ['admin', 'officer'],
  },
  {
    name: 'reviewAssessmentEntries',
    document:
      'mutation ($a: ID!) { reviewAssessmentEntries(input: { id: $a, revision: 999, adjustments: [{ nodeCode: "SS.01", points: 0, comment: "x" }] }) { __typename ... on AppError { code } } }',
    variables: (ids) => ({ a: ids.submitted }),
    allowed: ['admin', 'reviewer'],
  },
  {
    name: 'returnAssessment',
    document:
      'mutation ($a: ID!) { returnAssessment(input: { id: $a, revision: 999, reason: "x" }) { __typename ... on AppError { code } } }',
    variables: (ids) => ({ a: ids.submitted }),
    allowed: ['admin', 'reviewer'],
  },
  {
    name: 'approveAssessment',
    document:
      'mutation ($a: ID!) { approveAssessment(input: { id: $a, revision: 999 }) { __typename ... on AppError { code } } }',
    variables: (ids) => ({ a: ids.submitted }),
    allowed: ['admin', 'reviewer'],
  },
  {
    name: 'bulkApproveAssessments',
    document:
      'mutation ($a: ID!) { bulkApproveAssessments(input: { ids: [$a] }) { __typename ... on AppError { code } } }',
    variables: (ids) => ({ a: ids.draft }),
    allowed: ['admin', 'reviewer'],
  },
  {
    name: 'publishPeriodResults',
    document:
      'mutation ($p: ID!) { publishPeriodResults(input: { id: $p }) { __typename ... on AppError { code } } }',
    variables: (ids) => ({ p: ids.period2022 }),
    allowed: ['admin'],
  },
  {
    name: 'reopenPeriod',
    document:
      'mutation ($p: ID!) { reopenPeriod(input: { id: $p, reason: "x" }) { __typename ... on AppError { code } } }',
    variables: (ids) => ({ p: ids.period2022 }),
    allowed: ['admin'],
  },
  {
    name: 'setPeriodPublic',
    // 2022 is not published: INVALID_TRANSITION once past authorization.
    document:
      'mutation ($p: ID!) { setPeriodPublic(input: { id: $p, isPublic: true }) { __typename ... on AppError { code } } }',
    variables: (ids) => ({ p: ids.period2022 }),
    allowed: ['admin'],
  },
  {
    name: 'grantDeadlineExtension',
    document:
      'mutation ($p: ID!, $u: ID!) { grantDeadlineExtension(input: { id: $p, unitId: $u, dueOn: "2099-01-01", reason: "x" }) { __typename ... on AppError { code } } }',
    variables: (ids) => ({ p: ids.period2021, u: NO_UNIT }),
    allowed: ['admin'],
  },
  {
    name: 'revokeDeadlineExtension',
    document:
      'mutation ($p: ID!, $u: ID!) { revokeDeadlineExtension(input: { id: $p, unitId: $u }) { __typename ... on AppError { code } } }',
    variables: (ids) => ({ p: ids.period2022, u: NO_UNIT }),
    allowed: ['admin'],
  },
  {
    name: 'reopenAssessment',
    document:
      'mutation ($a: ID!) { reopenAssessment(input: { id: $a, reason: "x" }) { __typename ... on AppError { code } } }',
    variables: (ids) => ({ a: ids.draft }),
    allowed: ['admin'],
  },
];

/** FORBIDDEN / UNAUTHENTICATED from a typed result or a GraphQL error; anything else counts as passing authorization. */
function authOutcome(response: GraphQLResponse): 'FORBIDDEN' | 'UNAUTHENTICATED' | 'passed' {
  const typedCode = Object.values(response.data ?? {}).find(
    (value) => value && typeof value === 'object' && 'code' in value,
  )?.code as string | undefined;
  const codes = [typedCode, ...(response.errors ?? []).map((error) => error.extensions?.code)];
  if (codes.includes('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
  if (codes.includes('FORBIDDEN')) return 'FORBIDDEN';
  if (codes.some((code) => code === 'INTERNAL_SERVER_ERROR' || code === 'GRAPHQL_VALIDATION_FAILED')) {
    throw new Error(`the operation itself failed: ${JSON.stringify(response)}`);
  }
  return 'passed';
}

describe.each(await testBackends({ embeddedOnly: true }))(
  'authorization on $name',
  ({ enabled, ...backend }) => {
    let server: TestServer;
    let ids: Ids;
    const callers = {} as Record<Caller, Client>;

    beforeAll(async () => {
      if (!enabled) return;
      server = await startTestServer({ enabled, ...backend }, { demo: true });
      const haLong = await server.db.unit.findFirstOrThrow({ where: { code: '193' } });
      await createUser(server, { email: 'halong@chiso.test', role: 'UNIT_OFFICER', unitId: haLong.id });
      const signIn = async (email: string, password = DEMO_PASSWORD) => {
        const client = new Client(server.url);
        await client.signIn(email, password);
        return client;
      };
      callers.admin = await signIn('admin@chiso.local');
      callers.reviewer = await signIn('reviewer@chiso.local');
      callers.officer = await signIn('vandon@chiso.local');
      callers.otherOfficer = await server.signedIn('halong@chiso.test');
      callers.analyst = await signIn('analyst@chiso.local');
      const token = await callers.admin.data(
        'mutation { createApiToken(input: { name: "Dashboard" }) { ... on CreateApiTokenPayload { data { secret } } } }',
      );
      callers.dashboard = server.withToken(token.createApiToken.data.secret);
      callers.anonymous = server.anonymous();
      ids = await demoIds(callers.admin);
      // What the demo lacks for the node test: evidence on Vân Đồn's draft and an analyst's comparison.
      await server.db.evidence.create({
        data: {
          assessmentId: decodeGlobalID(ids.draft).id,
          nodeCode: 'HT.01',
          title: 'Quyết định số 12/QĐ-UBND',
        },
      });
      const analyst = await server.db.user.findUniqueOrThrow({ where: { email: 'analyst@chiso.local' } });
      await server.db.savedComparison.create({
        data: { name: 'Huyện 2022', definition: {}, ownerId: analyst.id },
      });
    });
    afterAll(async () => {
      await server?.close();
    });

    it.skipIf(!enabled)(
      'gives every role the data or FORBIDDEN for every operation, and changes nothing',
      // Every operation × seven callers in one test: a few seconds idle, over 30 s on two busy cores.
      { timeout: 120_000 },
      async () => {
        const auditBefore = await server.db.auditLog.count();
        const matrix: string[] = [];
        for (const operation of OPERATIONS) {
          for (const caller of ROLES) {
            if (operation.refusalsOnly && operation.allowed.includes(caller)) continue;
            const last = await callers[caller].request(operation.document, operation.variables?.(ids));
            const outcome = authOutcome(last);
            const expected = operation.allowed.includes(caller)
              ? 'passed'
              : caller === 'anonymous'
                ? 'UNAUTHENTICATED'
                : 'FORBIDDEN';
            if (outcome !== expected)
              matrix.push(`${operation.name} as ${caller}: ${outcome}, expected ${expected}`);
          }
        }
        expect(matrix).toEqual([]);
        expect(await server.db.auditLog.count()).toBe(auditBefore);
      },
    );

    it.skipIf(!enabled)(
      "lists only what each role may see: never another unit's unpublished assessment",
      async () => {
        const query = `query ($p: ID!, $g: ID!) { assessments(periodId: $p, unitGroupId: $g, first: 200) { edges { node { status unit { code } } } } }`;
        const listed = async (caller: Caller, period = ids.period2022) => {
          const response = await callers[caller].request(query, { p: period, g: ids.districts });
          return (response.data?.assessments?.edges ?? []).map(
            (edge: { node: { unit: { code: string } } }) => edge.node.unit.code,
          );
        };
        const inGroup = (code: string) => ({ period: { code }, unitGroup: { code: 'nhom-2' } });
        const total = await server.db.assessment.count({ where: inGroup('2022') });
        expect(await listed('admin')).toHaveLength(total);
        expect(await listed('reviewer')).toHaveLength(total);
        expect(await listed('officer')).toEqual(['203', '203']);
        expect(await listed('otherOfficer')).toEqual(['193', '193']);
        expect(await listed('analyst')).toEqual([]);
        expect(await listed('dashboard')).toEqual([]);
        expect(await listed('anonymous')).toEqual([]);
        expect(await listed('analyst', ids.period2021)).toHaveLength(
          await server.db.assessment.count({ where: inGroup('2021') }),
        );
      },
    );
    it.skipIf(!enabled)(
      "refuses through node(id:) whatever the type's own queries refuse, for every Node type and caller",
      { timeout: 120_000 },
      async () => {
        const types = (await callers.admin.data('{ __type(name: "Node") { possibleTypes { name } } }')).__type
          .possibleTypes as { name: string }[];
        const leaks: string[] = [];
        // The demo holds no improvement plan: Vân Đồn's, for 2022, for the officer of 203 to read and 193's not.
        const vanDon = await server.db.unit.findFirstOrThrow({ where: { code: '203', endedOn: null } });
        const year = await server.db.period.findFirstOrThrow({ where: { code: '2022' } });
        await server.db.improvementPlan.create({ data: { unitId: vanDon.id, targetPeriodId: year.id } });
        // The dashboard's token registers every document it sends, so it lists first: the others'
        // lists then hold what it registered.
        const order: Caller[] = ['dashboard', ...ROLES.filter((caller) => caller !== 'dashboard')];
        for (const { name } of types) {
          const own = OWN_QUERIES[name];
          if (!own) {
            leaks.push(`${name}: no own query declared in OWN_QUERIES`);
            continue;
          }
          const listed = new Map<Caller, Set<string>>();
          for (const caller of order) {
            const found = new Set<string>();
            for (const document of [own.document].flat())
              idsIn((await callers[caller].request(document, own.variables?.(ids))).data, found);
            listed.set(caller, found);
          }
          const candidates = [...new Set([...listed.values()].flatMap((found) => [...found]))].filter(
            (id) => decodeGlobalID(id).typename === name,
          );
          if (candidates.length === 0) leaks.push(`${name}: the demo holds none to try`);
          for (const caller of order) {
            const read = await readThroughNode(callers[caller], candidates);
            for (const id of candidates) {
              const mayList = listed.get(caller)?.has(id) ?? false;
              if (read.has(id) !== mayList)
                leaks.push(
                  `${name} ${id} as ${caller}: node ${read.has(id) ? 'reads' : 'refuses'} it, its query ${mayList ? 'lists' : 'does not list'} it`,
                );
            }
          }
        }
        expect(leaks).toEqual([]);
      },
    );
  },
);

/**
 * Each Node type's own queries, as one document: the IDs of that type a caller can read through them
 * (every `id` in the answer). A type missing here fails the node test below, so a new type says who
 * reads it before it ships.
 */
const OWN_QUERIES: Record<
  string,
  { document: string | string[]; variables?: (ids: Ids) => Record<string, unknown> }
> = {
  ApiToken: { document: '{ apiTokens { id } }' },
  Assessment: {
    document:
      'query ($p: ID!, $g: ID!) { assessments(periodId: $p, unitGroupId: $g, first: 200) { edges { node { id } } } }',
    variables: (ids) => ({ p: ids.period2022, g: ids.districts }),
  },
  AuditLog: { document: '{ auditLog(first: 5) { edges { node { id } } } }' },
  CriteriaSet: { document: '{ criteriaSets(first: 50) { edges { node { id } } } }' },
  CriteriaVersion: {
    document:
      '{ criteriaSets(first: 50) { edges { node { versions(first: 20) { edges { node { id } } } } } } }',
  },
  Evidence: {
    document:
      'query ($p: ID!, $g: ID!) { assessments(periodId: $p, unitGroupId: $g, first: 200) { edges { node { evidence(first: 5) { edges { node { id } } } } } } }',
    variables: (ids) => ({ p: ids.period2022, g: ids.districts }),
  },
  ImprovementPlan: {
    document: 'query ($p: ID!) { improvementPlans(periodId: $p) { id } }',
    variables: (ids) => ({ p: ids.period2022 }),
  },
  Period: { document: '{ periods(first: 50) { edges { node { id } } } }' },
  PersistedOperation: { document: '{ persistedOperations(first: 100) { edges { node { id } } } }' },
  SavedComparison: { document: '{ savedComparisons(first: 50) { edges { node { id } } } }' },
  Unit: { document: '{ units(first: 5) { edges { node { id } } } }' },
  UnitGroup: { document: '{ unitGroups { id } }' },
  // Two documents: a refused `users` would take `me` down with it in one answer.
  User: { document: ['{ users(first: 50) { edges { node { id } } } }', '{ me { id } }'] },
};

/** Every `id` in an answer (nothing when it was refused). */
function idsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) idsIn(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      if (key === 'id' && typeof field === 'string') found.add(field);
      else idsIn(field, found);
    }
  }
  return found;
}

/** The given IDs a caller reads through `node(id:)`, a few to a request (one alias each, within the alias limit). */
async function readThroughNode(client: Client, ids: readonly string[]): Promise<Set<string>> {
  const read = new Set<string>();
  for (let start = 0; start < ids.length; start += 25) {
    const fields = ids
      .slice(start, start + 25)
      .map((id, index) => `n${index}: node(id: ${JSON.stringify(id)}) { id }`);
    idsIn((await client.request(`{ ${fields.join('\n')} }`)).data ?? {}, read);
  }
  return read;
}

async function demoIds(admin: Client): Promise<Ids> {
  const data = await admin.data(`{
    periods(first: 5) { edges { node { id code } } }
    unitGroups { id code }
    criteriaSet(code: "btttt-2392-district") { id versions(first: 1) { edges { node { id } } } }
  }`);
  const period = (code: string) =>
    data.periods.edges.find((edge: { node: { code: string } }) => edge.node.code === code).node.id;
  const period2022 = period('2022');
  const find = async (status: string, unit?: string) => {
    const found = await admin.data(
      `query ($p: ID!, $s: AssessmentStatus) { assessments(periodId: $p, status: $s, first: 200) { edges { node { id unit { code } version { set { code } } } } } }`,
      { p: period2022, s: status },
    );
    const edge = found.assessments.edges.find(
      (candidate: { node: { unit: { code: string }; version: { set: { code: string } } } }) =>
        (!unit || candidate.node.unit.code === unit) &&
        candidate.node.version.set.code === 'btttt-2392-district',
    );
    return edge.node.id as string;
  };
  return {
    draft: await find('DRAFT', '203'),
    submitted: await find('SUBMITTED'),
    period2021: period('2021'),
    period2022,
    districts: data.unitGroups.find((group: { code: string }) => group.code === 'nhom-2').id,
    publishedVersion: data.criteriaSet.versions.edges[0].node.id,
    districtSet: data.criteriaSet.id,
  };
}
