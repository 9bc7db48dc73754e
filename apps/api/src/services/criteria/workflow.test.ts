import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  type Client,
  createUser,
  startTestServer,
  type TestServer,
  testBackends,
} from '../../test/harness.ts';
import {
  addNode,
  COMMUNE_CODE,
  COMMUNE_YAML,
  fromVersion,
  fromYaml,
  moveNode,
  publish,
  rawId,
  removeNode,
  setLevels,
  updateDraft,
  updateNode,
} from './gql.ts';
import { readYaml } from './yaml.ts';

const NEW_CRITERION = {
  code: 'SS.99',
  name: { vi: 'Có hệ thống camera giám sát', en: 'A surveillance camera system is in place' },
  maxPoints: 0.5,
  rule: { kind: 'yesNo' },
  evidence: { required: true },
};

describe.each(await testBackends())('criteria workflow on $name', ({ enabled, ...backend }) => {
  let server: TestServer;
  let admin: Client;
  beforeAll(async () => {
    if (!enabled) return;
    server = await startTestServer({ enabled, ...backend });
    await createUser(server, { email: 'admin@chiso.test', role: 'ADMIN' });
    admin = await server.signedIn('admin@chiso.test');
  });
  afterAll(async () => {
    await server?.close();
  });

  const nodeRow = (versionId: string, code: string) =>
    server.db.criteriaNode.findUnique({ where: { versionId_code: { versionId: rawId(versionId), code } } });
  const auditOf = (versionId: string) =>
    server.db.auditLog.findMany({
      where: { entityId: rawId(versionId) },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });

  it.skipIf(!enabled)(
    'takes a criteria file from draft through edits and validation to publication',
    // A whole criteria file edited, validated and published step by step: long on busy cores.
    { timeout: 120_000 },
    async () => {
      // Draft from the real file on disk: stored with its nodes, valid, nothing published yet.
      const created = await fromYaml(admin, COMMUNE_YAML);
      const draft = created.data;
      expect(draft).toMatchObject({
        version: '2017',
        status: 'DRAFT',
        revision: 0,
        maxPoints: 90,
        criteriaCount: 78,
        valid: true,
        validation: [],
        publishedAt: null,
        basedOn: null,
        set: { code: COMMUNE_CODE },
      });
      const id: string = draft.id;
      expect(await server.db.criteriaNode.count({ where: { versionId: rawId(id), kind: 'CRITERION' } })).toBe(
        78,
      );
      expect(await nodeRow(id, 'SS.03')).toMatchObject({
        kind: 'CRITERION',
        path: 'SS/SS.HT/SS.03',
        parentCode: 'SS.HT',
        number: 3,
        maxPoints: 50,
        ruleKind: 'share',
        nameEn: 'Share of households in the commune with a television',
      });

      // The same label again is a conflict, and writes nothing.
      const again = await fromYaml(admin, COMMUNE_YAML);
      expect(again.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('"2017"') });
      expect(await server.db.criteriaVersion.count()).toBe(1);

      // A maximum raised without rolling sums up: saved, but validation names what no longer adds up.
      const raised = await updateNode(admin, { id, rev: 0 }, 'SS.01', {
        maxPoints: 2.5,
        name: 'Hộ có Internet',
      });
      expect(raised.data).toMatchObject({ revision: 1, valid: false, maxPoints: 90 });
      expect(raised.data.validation).toEqual([
        { path: 'SS/SS.HT', field: 'maxPoints', message: 'maxPoints is 14 but its children add up to 15' },
      ]);
      expect(await nodeRow(id, 'SS.01')).toMatchObject({ maxPoints: 250, name: 'Hộ có Internet' });

      // Publishing an invalid draft is refused with the issues by node path; it stays a draft.
      const refused = await publish(admin, id, 1);
      expect(refused.error).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(refused.error?.issues).toEqual(
        expect.arrayContaining([
          { path: 'SS/SS.HT', message: 'maxPoints: maxPoints is 14 but its children add up to 15' },
        ]),
      );
      expect(await server.db.criteriaVersion.findUniqueOrThrow({ where: { id: rawId(id) } })).toMatchObject({
        status: 'DRAFT',
        revision: 1,
      });

      // recomputeMaxima rolls the sums up to the set.
      const rolled = await updateNode(admin, { id, rev: 1, recompute: true }, 'SS.02', { maxPoints: 0.5 });
      expect(rolled.data).toMatchObject({ revision: 2, valid: true, maxPoints: 90.5 });

      // Add, move and remove a criterion; paths and totals follow.
      const added = await addNode(admin, { id, rev: 2, recompute: true }, 'SS.HT', NEW_CRITERION, 0);
      expect(added.data).toMatchObject({ revision: 3, valid: true, maxPoints: 91, criteriaCount: 79 });
      expect(await nodeRow(id, 'SS.99')).toMatchObject({ path: 'SS/SS.HT/SS.99', parentCode: 'SS.HT' });
      const moved = await moveNode(admin, { id, rev: 3, recompute: true }, 'SS.99', 'SS.NL', 1);
      expect(moved.data).toMatchObject({ revision: 4, valid: true });
      expect(await nodeRow(id, 'SS.99')).toMatchObject({ path: 'SS/SS.NL/SS.99', parentCode: 'SS.NL' });
      const wrongPlace = await moveNode(admin, { id, rev: 4 }, 'SS.99', 'SS', 0);
      expect(wrongPlace.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        issues: [{ path: 'SS/SS.NL/SS.99', message: expect.stringContaining('cannot go where a group') }],
      });
      const removed = await removeNode(admin, { id, rev: 4, recompute: true }, 'SS.99');
      expect(removed.data).toMatchObject({ revision: 5, valid: true, maxPoints: 90.5, criteriaCount: 78 });
      expect(await nodeRow(id, 'SS.99')).toBeNull();

      // Level rules: a malformed one is not saved; one naming an unknown group is saved but flagged.
      // Well-typed but out of the model's range (levels start at 1 and need a condition).
      const malformed = await setLevels(admin, { id, rev: 5 }, 'SS', [{ level: 0, conditions: [] }]);
      expect(malformed.error?.code).toBe('VALIDATION_FAILED');
      expect(malformed.error?.issues[0]?.path).toBe('SS');
      const levels = [{ level: 1, conditions: [{ kind: 'groupShare', group: 'SS.XX', minPercent: 50 }] }];
      const flagged = await setLevels(admin, { id, rev: 5 }, 'SS', levels);
      expect(flagged.data).toMatchObject({ revision: 6, valid: false });
      expect(flagged.data.validation).toEqual([
        {
          path: 'SS',
          field: 'levels[0].conditions[0]',
          message: 'Mức 1 names group "SS.XX", which is not in this category',
        },
      ]);
      levels[0] = { level: 1, conditions: [{ kind: 'groupShare', group: 'SS.CS', minPercent: 50 }] };
      expect((await setLevels(admin, { id, rev: 6 }, 'SS', levels)).data).toMatchObject({
        revision: 7,
        valid: true,
      });

      // The console's whole-document save, from the document as read.
      const read = await admin.data(
        'query ($id: ID!) { node(id: $id) { ... on CriteriaVersion { document } } }',
        { id },
      );
      const document = read.node.document;
      document.name.en = 'Commune e-government criteria (edited)';
      expect((await updateDraft(admin, { id, rev: 7 }, document)).data).toMatchObject({
        revision: 8,
        valid: true,
      });
      const otherSet = await updateDraft(admin, { id, rev: 8 }, { ...document, code: 'other-set' });
      expect(otherSet.error).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: '(set)' }] });

      // Publication: then immutable.
      const stale = await publish(admin, id, 7);
      expect(stale.error?.code).toBe('CONFLICT');
      const published = await publish(admin, id, 8);
      expect(published.data).toMatchObject({ status: 'PUBLISHED', revision: 9, valid: true });
      expect(published.data.publishedAt).toMatch(/^\d{4}-/);
      expect(
        await server.db.criteriaSet.findFirstOrThrow({
          where: { code: COMMUNE_CODE },
          select: { nameEn: true },
        }),
      ).toEqual({ nameEn: 'Commune e-government criteria (edited)' });

      // Every step wrote one audit entry, with the node before and after.
      const log = await auditOf(id);
      expect(log.map((entry) => entry.action)).toEqual([
        'criteriaVersion.createFromYaml',
        'criteriaNode.update',
        'criteriaNode.update',
        'criteriaNode.add',
        'criteriaNode.move',
        'criteriaNode.remove',
        'criteriaLevels.set',
        'criteriaLevels.set',
        'criteriaVersion.update',
        'criteriaVersion.publish',
      ]);
      expect(log[1]).toMatchObject({
        actorKind: 'user',
        entityType: 'CriteriaVersion',
        before: { revision: 0, path: 'SS/SS.HT/SS.01', node: { maxPoints: 1.5 } },
        after: {
          revision: 1,
          path: 'SS/SS.HT/SS.01',
          node: { maxPoints: 2.5, name: { vi: 'Hộ có Internet' } },
        },
      });
      expect(log.at(-1)).toMatchObject({
        before: { status: 'DRAFT', revision: 8 },
        after: { status: 'PUBLISHED', revision: 9 },
      });
    },
  );

  it.skipIf(!enabled)('refuses every edit of a published version, changing nothing', async () => {
    const version = await server.db.criteriaVersion.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
    const { encodeGlobalID } = await import('@pothos/plugin-relay');
    const id = encodeGlobalID('CriteriaVersion', version.id);
    const nodesBefore = await server.db.criteriaNode.findMany({
      where: { versionId: version.id },
      orderBy: { position: 'asc' },
    });
    const auditBefore = await server.db.auditLog.count();
    const target = { id, rev: version.revision };
    const attempts = await Promise.all([
      updateNode(admin, target, 'SS.01', { maxPoints: 1 }),
      addNode(admin, target, 'SS.HT', NEW_CRITERION),
      removeNode(admin, target, 'SS.01'),
      moveNode(admin, target, 'SS.01', 'SS.HT', 2),
      setLevels(admin, target, 'SS', []),
      updateDraft(admin, target, version.document),
      publish(admin, id, version.revision),
    ]);
    for (const attempt of attempts) {
      expect(attempt.error).toMatchObject({
        code: 'INVALID_TRANSITION',
        message: expect.stringContaining('Hãy tạo bản nháp mới từ phiên bản này'),
      });
    }
    expect(await server.db.criteriaVersion.findUniqueOrThrow({ where: { id: version.id } })).toEqual(version);
    expect(
      await server.db.criteriaNode.findMany({
        where: { versionId: version.id },
        orderBy: { position: 'asc' },
      }),
    ).toEqual(nodesBefore);
    expect(await server.db.auditLog.count()).toBe(auditBefore);
  });

  it.skipIf(!enabled)('copies a published version into a new draft and diffs the two', async () => {
    const source = await server.db.criteriaVersion.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
    const { encodeGlobalID } = await import('@pothos/plugin-relay');
    const sourceId = encodeGlobalID('CriteriaVersion', source.id);
    const copy = await fromVersion(admin, sourceId, '2025');
    expect(copy.data).toMatchObject({
      version: '2025',
      status: 'DRAFT',
      revision: 0,
      basedOn: { id: sourceId, version: '2017' },
      set: { code: COMMUNE_CODE },
    });
    const id = copy.data.id;
    expect((await fromVersion(admin, sourceId, '2025')).error?.code).toBe('CONFLICT');
    expect((await fromVersion(admin, id, '2026')).error?.code).toBe('INVALID_TRANSITION');

    await updateNode(admin, { id, rev: 0 }, 'SS.03', { nameEn: 'Households with a TV' });
    await removeNode(admin, { id, rev: 1, recompute: true }, 'SS.04');
    await addNode(admin, { id, rev: 2, recompute: true }, 'SS.HT', NEW_CRITERION);

    const diff = await admin.data(
      `query ($from: ID!, $to: ID!) { criteriaVersionDiff(from: $from, to: $to) {
        from { version } to { version }
        added { code kind path name { en } fields } removed { code path } changed { code fields values { field before after } } } }`,
      { from: sourceId, to: id },
    );
    expect(diff.criteriaVersionDiff).toMatchObject({
      from: { version: '2017' },
      to: { version: '2025' },
      added: [
        {
          code: 'SS.99',
          kind: 'CRITERION',
          path: 'SS/SS.HT/SS.99',
          name: { en: NEW_CRITERION.name.en },
          fields: [],
        },
      ],
      removed: [{ code: 'SS.04', path: 'SS/SS.HT/SS.04' }],
    });
    expect(diff.criteriaVersionDiff.changed).toEqual(
      expect.arrayContaining([
        {
          code: 'SS.03',
          fields: ['name'],
          values: [{ field: 'name.en', before: expect.any(String), after: 'Households with a TV' }],
        },
        {
          code: 'SS.HT',
          fields: ['maxPoints'],
          values: [{ field: 'maxPoints', before: expect.any(Number), after: expect.any(Number) }],
        },
      ]),
    );
    const changedCodes = diff.criteriaVersionDiff.changed.map((change: { code: string }) => change.code);
    expect(changedCodes).not.toContain('SS.01');

    // The YAML export reads back as the same document.
    const exported = await admin.data(
      'query ($id: ID!) { node(id: $id) { ... on CriteriaVersion { yaml document } } }',
      {
        id,
      },
    );
    expect(parse(exported.node.yaml)).toEqual(exported.node.document);
  });

  it.skipIf(!enabled)('reports YAML syntax and model errors by node path, and stores nothing', async () => {
    const count = await server.db.criteriaVersion.count();
    const renamed = COMMUNE_YAML.replace('version: "2017"', 'version: "bad"');

    const duplicateKey = renamed.replace(
      '            maxPoints: 0.5\n',
      '            maxPoints: 0.5\n            maxPoints: 1\n',
    );
    const syntax = await fromYaml(admin, duplicateKey);
    expect(syntax.error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(syntax.error?.issues).toEqual([
      {
        path: 'SS/SS.HT/SS.03',
        message: expect.stringMatching(/^line 74, column \d+: Map keys must be unique/),
      },
    ]);

    // The yaml library words its errors in English only: Vietnamese names the kind of mistake.
    expect(() => readYaml(duplicateKey)).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            messages: expect.objectContaining({
              vi: expect.stringMatching(/^Dòng 74, cột \d+: lỗi cú pháp YAML — khoá bị lặp lại$/),
            }),
          }),
        ],
      }),
    );

    const unclosed = await fromYaml(admin, 'code: x\nname: {vi: "a", en: "b"\n');
    expect(unclosed.error?.code).toBe('VALIDATION_FAILED');
    expect(unclosed.error?.issues[0]?.path).toBe('(yaml)');

    const badModel = renamed
      .replace(
        'rule: {kind: share, measure: {vi: "Tỷ lệ hộ gia đình có ti vi',
        'rule: {kind: sharee, measure: {vi: "Tỷ lệ hộ gia đình có ti vi',
      )
      .replace('            maxPoints: 0.5\n', '            maxPoints: 0.505\n');
    const model = await fromYaml(admin, badModel);
    expect(model.error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(model.error?.issues).toEqual(
      expect.arrayContaining([
        { path: 'SS/SS.HT/SS.03', message: expect.stringMatching(/^rule\.kind: /) },
        { path: 'SS/SS.HT/SS.03', message: 'maxPoints: points have at most two decimal places' },
      ]),
    );
    expect(await server.db.criteriaVersion.count()).toBe(count);
  });

  it.skipIf(!enabled)(
    'lets one of two concurrent edits of the same revision win, the other CONFLICT',
    async () => {
      const created = await fromYaml(admin, COMMUNE_YAML.replace('version: "2017"', 'version: "race"'));
      const id = created.data.id;
      const other = await server.signedIn('admin@chiso.test');
      const results = await Promise.all([
        updateNode(admin, { id, rev: 0 }, 'SS.01', { nameEn: 'First editor' }),
        updateNode(other, { id, rev: 0 }, 'SS.02', { nameEn: 'Second editor' }),
      ]);
      const winners = results.filter((result) => result.data);
      const losers = results.filter((result) => result.error);
      expect(winners).toHaveLength(1);
      expect(losers.map((loser) => loser.error?.code)).toEqual(['CONFLICT']);
      expect(winners[0]?.data.revision).toBe(1);

      const stored = await server.db.criteriaVersion.findUniqueOrThrow({ where: { id: rawId(id) } });
      expect(stored.revision).toBe(1);
      const names = [await nodeRow(id, 'SS.01'), await nodeRow(id, 'SS.02')].map((row) => row?.nameEn);
      const firstWon = results[0]?.data !== undefined;
      expect(names).toEqual(
        firstWon
          ? ['First editor', 'Share of households in the commune with a computer']
          : ['Share of households in the commune with a broadband Internet connection', 'Second editor'],
      );
      const log = await auditOf(id);
      expect(log.map((entry) => entry.action)).toEqual([
        'criteriaVersion.createFromYaml',
        'criteriaNode.update',
      ]);

      // The loser reloads and applies its change on top: nothing is lost.
      const retry = await updateNode(other, { id, rev: 1 }, firstWon ? 'SS.02' : 'SS.01', {
        nameEn: 'Retried',
      });
      expect(retry.data?.revision).toBe(2);
    },
  );
});
