/**
 * Periods scored on different criteria versions, compared through the code mapping kept with the
 * newer version: the commune set of 2017, and a 2022 revision that renames SS.03 to SS.31, folds
 * SS.05 into SS.06, drops SS.08 for a new SS.40, and renames SS.04 to SS.33 without saying so.
 */
import type { Db } from '@chiso/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  createUser,
  startTestServer,
  type TestServer,
  testBackends,
} from '../../test/harness.ts';
import { COMMUNE_YAML, fromVersion, fromYaml, mutate, publish, rawId, updateDraft } from '../criteria/gql.ts';
import { assignedPeriod, gid } from './fixture.ts';

const MAP = (codes: Array<{ from: string; to: string | null }>, from: string) => ({
  name: 'setCriteriaCodeMapping',
  signature: '$id: ID!, $rev: Int!, $from: ID!, $codes: [CodeMappingEntryInput!]!',
  args: 'id: $id, revision: $rev, fromVersionId: $from, codes: $codes',
  variables: (target: { id: string; rev: number }) => ({ ...target, from, codes }),
});

const COMPARE = `query ($a: ID!, $b: ID!, $g: ID!, $kind: ComparisonNodeKind) {
  periodComparison(fromPeriodId: $a, toPeriodId: $b, unitGroupId: $g, nodeKind: $kind) {
    fromVersion toVersion codeMappingUsed
    columns { code } removedNodes { code } addedNodes { code } remappedNodes { code fromCodes }
    units { unit { code } status before after nodesBefore nodesAfter nodeDeltas } } }`;

interface Node {
  code: string;
  maxPoints?: number;
  groups?: Node[];
  criteria?: Node[];
  [key: string]: unknown;
}

/** The 2022 revision of the commune document (see the file comment); sums stay as they were. */
function revise(document: { categories: Node[] }) {
  const group = document.categories[0]?.groups?.[0] as Node;
  const criteria = group.criteria as Node[];
  const find = (code: string) => criteria.find((node) => node.code === code) as Node;
  find('SS.03').code = 'SS.31';
  find('SS.04').code = 'SS.33';
  find('SS.06').maxPoints = 3;
  const dropped = find('SS.08');
  group.criteria = criteria.filter((node) => node.code !== 'SS.05' && node.code !== 'SS.08');
  group.criteria.push({
    code: 'SS.40',
    number: 40,
    name: { vi: 'Có hệ thống camera giám sát', en: 'A surveillance camera system is in place' },
    maxPoints: dropped.maxPoints ?? 0,
    rule: { kind: 'yesNo' },
    evidence: { required: true },
  });
  return document;
}

/** A published result with the given criterion points (hundredths); totals are their sum. */
async function writeResult(
  db: Db,
  input: { periodId: string; unitGroupId: string; versionId: string; unitId: string },
  criteria: Record<string, number>,
) {
  const assessment = await db.assessment.create({ data: { ...input, status: 'PUBLISHED' } });
  const total = Object.values(criteria).reduce((sum, value) => sum + value, 0);
  await db.assessmentResult.create({
    data: {
      assessmentId: assessment.id,
      versionId: input.versionId,
      points: total,
      maxPoints: 9000,
      index: '0',
    },
  });
  await db.resultNode.createMany({
    data: Object.entries(criteria).map(([nodeCode, points]) => ({
      assessmentId: assessment.id,
      nodeCode,
      kind: 'CRITERION' as const,
      points,
      maxPoints: 300,
    })),
  });
}

describe.each(await testBackends())(
  'comparisons across criteria versions on $name',
  ({ enabled, ...backend }) => {
    let server: TestServer;
    let admin: Client;
    let analyst: Client;
    let v2017: string;
    let v2022: { id: string; rev: number };
    beforeAll(async () => {
      if (!enabled) return;
      server = await startTestServer({ enabled, ...backend });
      await createUser(server, { email: 'admin@chiso.test', role: 'ADMIN' });
      await createUser(server, { email: 'analyst@chiso.test', role: 'ANALYST' });
      admin = await server.signedIn('admin@chiso.test');
      analyst = await server.signedIn('analyst@chiso.test');
      const { data: draft } = await fromYaml(admin, COMMUNE_YAML);
      v2017 = (await publish(admin, draft.id, draft.revision)).data.id;
      const { data: next } = await fromVersion(admin, v2017, '2022');
      const { node } = await admin.data(
        `query ($id: ID!) { node(id: $id) { ... on CriteriaVersion { document } } }`,
        {
          id: next.id,
        },
      );
      const edited = await updateDraft(admin, { id: next.id, rev: next.revision }, revise(node.document));
      expect(edited.data.validation).toEqual([]);
      v2022 = { id: next.id, rev: edited.data.revision };
    });
    afterAll(async () => {
      await server?.close();
    });

    const setMapping = (
      client: Client,
      target: { id: string; rev: number },
      mapping: ReturnType<typeof MAP>,
    ) => mutate(client, mapping.name, mapping.signature, mapping.args, mapping.variables(target));

    it.skipIf(!enabled)('refuses a wrong mapping with the codes named, and writes nothing', async () => {
      const wrong = await setMapping(
        admin,
        v2022,
        MAP(
          [
            { from: 'SS.03', to: 'SS.99' },
            { from: 'NOPE', to: 'SS.31' },
            { from: 'SS.HT', to: 'SS.31' },
            { from: 'SS.03', to: 'SS.31' },
          ],
          v2017,
        ),
      );
      expect(wrong.error?.code).toBe('VALIDATION_FAILED');
      expect(wrong.error?.issues.map((issue) => issue.path)).toEqual([
        'codes.from.SS.03',
        'codes.to.SS.99',
        'codes.from.NOPE',
        'codes.to.SS.HT',
      ]);
      const good = MAP([{ from: 'SS.03', to: 'SS.31' }], v2017);
      expect((await setMapping(admin, { ...v2022, rev: v2022.rev + 1 }, good)).error?.code).toBe('CONFLICT');
      expect((await setMapping(analyst, v2022, good)).error?.code).toBe('FORBIDDEN');
      expect((await setMapping(admin, { id: v2017, rev: 1 }, MAP([], v2022.id))).error?.code).toBe(
        'INVALID_TRANSITION',
      );
      const stored = await server.db.criteriaVersion.findUniqueOrThrow({ where: { id: rawId(v2022.id) } });
      expect(stored).toMatchObject({ codeMapping: null, revision: v2022.rev });
    });

    it.skipIf(!enabled)(
      'keeps the mapping with the newer version, audited, and refuses to publish a stale one',
      async () => {
        const mapping = MAP(
          [
            { from: 'SS.03', to: 'SS.31' },
            { from: 'SS.05', to: 'SS.06' },
            { from: 'SS.08', to: null },
          ],
          v2017,
        );
        const saved = await setMapping(admin, v2022, mapping);
        expect(saved.data).toMatchObject({ revision: v2022.rev + 1 });
        v2022 = { id: v2022.id, rev: saved.data.revision };
        const { node } = await admin.data(
          `query ($id: ID!) { node(id: $id) { ... on CriteriaVersion { codeMappings { fromVersionId entries { from to } } } } }`,
          { id: v2022.id },
        );
        expect(node.codeMappings).toEqual([
          {
            fromVersionId: v2017,
            entries: [
              { from: 'SS.03', to: 'SS.31' },
              { from: 'SS.05', to: 'SS.06' },
              { from: 'SS.08', to: null },
            ],
          },
        ]);
        const entry = await server.db.auditLog.findFirst({
          where: { entityId: rawId(v2022.id), action: 'criteriaVersion.mapCodes' },
        });
        expect(entry?.after).toMatchObject({ revision: v2022.rev });

        // A mapped-to node that a later edit removes makes the mapping stale: publishing says so.
        const { node: current } = await admin.data(
          `query ($id: ID!) { node(id: $id) { ... on CriteriaVersion { document } } }`,
          { id: v2022.id },
        );
        const renamed = structuredClone(current.document);
        const group = renamed.categories[0].groups[0];
        group.criteria.find((node: Node) => node.code === 'SS.31').code = 'SS.32';
        const edited = await updateDraft(admin, v2022, renamed);
        const refused = await publish(admin, v2022.id, edited.data.revision);
        expect(refused.error).toMatchObject({ code: 'VALIDATION_FAILED' });
        expect(refused.error?.issues).toContainEqual({
          path: 'codes.to.SS.31',
          message: 'SS.31 is not a node of this draft',
        });
        const restored = await updateDraft(
          admin,
          { id: v2022.id, rev: edited.data.revision },
          current.document,
        );
        const published = await publish(admin, v2022.id, restored.data.revision);
        expect(published.data).toMatchObject({ status: 'PUBLISHED' });
      },
    );

    it.skipIf(!enabled)(
      'compares two periods through the mapping, listing what has no counterpart',
      async () => {
        const db = server.db;
        const group = await db.unitGroup.create({
          data: { code: 'G-V', name: 'Nhóm xã', nameEn: 'Communes' },
        });
        const unit = await db.unit.create({
          data: {
            code: 'X1',
            name: 'Xã Một',
            searchName: 'xa mot',
            kind: 'COMMUNE',
            type: 'Xã',
            groupId: group.id,
            validFrom: new Date('2020-01-01'),
          },
        });
        const [p2021, p2022] = [
          await assignedPeriod(db, {
            code: 'V2021',
            year: 2021,
            unitGroupId: group.id,
            versionId: rawId(v2017),
          }),
          await assignedPeriod(db, {
            code: 'V2022',
            year: 2022,
            unitGroupId: group.id,
            versionId: rawId(v2022.id),
          }),
        ];
        const ids = { unitGroupId: group.id, unitId: unit.id };
        await writeResult(
          db,
          { ...ids, periodId: p2021, versionId: rawId(v2017) },
          {
            'SS.03': 40,
            'SS.04': 100,
            'SS.05': 150,
            'SS.06': 60,
            'SS.08': 100,
          },
        );
        await writeResult(
          db,
          { ...ids, periodId: p2022, versionId: rawId(v2022.id) },
          {
            'SS.31': 50,
            'SS.33': 100,
            'SS.06': 250,
            'SS.40': 0,
          },
        );

        const { periodComparison } = await analyst.data(COMPARE, {
          a: gid('Period', p2021),
          b: gid('Period', p2022),
          g: gid('UnitGroup', group.id),
          kind: 'CRITERION',
        });
        expect(periodComparison).toMatchObject({
          fromVersion: '2017',
          toVersion: '2022',
          codeMappingUsed: true,
        });
        expect(periodComparison.removedNodes).toEqual([{ code: 'SS.04' }, { code: 'SS.08' }]);
        expect(periodComparison.addedNodes).toEqual([{ code: 'SS.33' }, { code: 'SS.40' }]);
        expect(periodComparison.remappedNodes).toEqual([
          { code: 'SS.31', fromCodes: ['SS.03'] },
          { code: 'SS.06', fromCodes: ['SS.05', 'SS.06'] },
        ]);
        const columns: string[] = periodComparison.columns.map((column: { code: string }) => column.code);
        const [row] = periodComparison.units;
        const at = (list: Array<number | null>, code: string) => list[columns.indexOf(code)];
        expect(row).toMatchObject({ unit: { code: 'X1' }, status: 'BOTH', before: 4.5, after: 4 });
        expect(at(row.nodesBefore, 'SS.31')).toBe(0.4); // SS.03 of 2017
        expect(at(row.nodeDeltas, 'SS.31')).toBe(0.1);
        expect(at(row.nodesBefore, 'SS.06')).toBe(2.1); // SS.05 + SS.06 of 2017
        expect(at(row.nodeDeltas, 'SS.06')).toBe(0.4);
        expect(at(row.nodesBefore, 'SS.33')).toBeNull(); // renamed without a mapping: not guessed
        expect(at(row.nodesBefore, 'SS.40')).toBeNull();
        expect(at(row.nodesAfter, 'SS.40')).toBe(0);
        expect(at(row.nodesBefore, 'SS.01')).toBeNull(); // no result row either side

        // Without the mapping the nodes correspond by code only, and the answer says so. (Published
        // versions never change through the API, so the table is changed directly and another role
        // asks: a published answer may be cached per role.)
        await db.criteriaVersion.update({ where: { id: rawId(v2022.id) }, data: { codeMapping: [] } });
        const { periodComparison: byCode } = await admin.data(COMPARE, {
          a: gid('Period', p2021),
          b: gid('Period', p2022),
          g: gid('UnitGroup', group.id),
          kind: 'CRITERION',
        });
        expect(byCode.codeMappingUsed).toBe(false);
        expect(byCode.removedNodes).toEqual([
          { code: 'SS.03' },
          { code: 'SS.04' },
          { code: 'SS.05' },
          { code: 'SS.08' },
        ]);
        expect(byCode.remappedNodes).toEqual([]);
      },
    );
  },
);
